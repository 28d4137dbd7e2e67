package com.retailstudio.data.io;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a data set, located by file, physical line (where the record starts) and column.
 *
 * @param fileName the file's name, e.g. {@code events.csv}
 * @param line     1-based line where the offending record starts (1 is the header); 0 when the problem concerns the whole file
 * @param column   the contract column concerned, empty when the problem concerns the whole row or file
 * @param kind     what went wrong
 * @param reason   one sentence saying what is wrong with the value, without the location
 */
public record DataProblem(String fileName, long line, Optional<String> column, ProblemKind kind, String reason) {

    public DataProblem {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    static DataProblem at(String fileName, long line, String column, ProblemKind kind, String reason) {
        return new DataProblem(fileName, line, Optional.ofNullable(column), kind, reason);
    }

    public Severity severity() {
        return kind.severity();
    }

    /** Compact location, {@code file:line:column}, e.g. {@code events.csv:1042:timestamp}. */
    public String location() {
        StringBuilder text = new StringBuilder(fileName);
        if (line > 0) {
            text.append(':').append(line);
        }
        column.ifPresent(name -> text.append(':').append(name));
        return text.toString();
    }

    /** The full sentence, e.g. {@code events.csv line 1042, column timestamp: "2026-13-01" is not an ISO-8601 UTC timestamp}. */
    public String message() {
        StringBuilder text = new StringBuilder(fileName);
        if (line > 0) {
            text.append(" line ").append(line);
        }
        column.ifPresent(name -> text.append(line > 0 ? ", column " : " column ").append(name));
        return text.append(": ").append(reason).toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
