package com.retailstudio.data.io;

import java.util.Optional;

/**
 * Thrown when a data file breaks the contract; the message names file, line, column and reason in one sentence,
 * e.g. {@code events.csv line 1042, column timestamp: "2026-13-01" is not an ISO-8601 UTC timestamp}.
 * Unchecked because readers hand out {@link java.util.stream.Stream}s, whose operations cannot throw checked exceptions.
 */
public class DataFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient DataProblem problem;

    public DataFormatException(DataProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public DataProblem problem() {
        return problem;
    }

    public String fileName() {
        return problem.fileName();
    }

    /** 1-based line where the offending record starts; 0 when the problem concerns the whole file. */
    public long line() {
        return problem.line();
    }

    public Optional<String> column() {
        return problem.column();
    }

    public String reason() {
        return problem.reason();
    }

    public ProblemKind kind() {
        return problem.kind();
    }
}
