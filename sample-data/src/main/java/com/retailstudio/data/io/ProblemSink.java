package com.retailstudio.data.io;

/** Receives data problems as a scan finds them: strict reading stops at the first, the quality report collects them. */
@FunctionalInterface
public interface ProblemSink {

    void report(DataProblem problem);

    /**
     * Whether the first problem reported ends the scan (the sink throws), so rows after it are never looked at and a
     * scan may check some things later as long as it reports the same first problem.
     */
    default boolean stopsAtFirst() {
        return false;
    }

    /** A sink that throws {@link DataFormatException} for the first problem it receives. */
    static ProblemSink failFast() {
        return new ProblemSink() {
            @Override
            public void report(DataProblem problem) {
                throw new DataFormatException(problem);
            }

            @Override
            public boolean stopsAtFirst() {
                return true;
            }
        };
    }
}
