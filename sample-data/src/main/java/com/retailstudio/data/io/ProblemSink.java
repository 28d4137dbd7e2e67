package com.retailstudio.data.io;

/** Receives data problems as a scan finds them: strict reading stops at the first, the quality report collects them. */
@FunctionalInterface
public interface ProblemSink {

    void report(DataProblem problem);

    /** A sink that throws {@link DataFormatException} for the first problem it receives. */
    static ProblemSink failFast() {
        return problem -> {
            throw new DataFormatException(problem);
        };
    }
}
