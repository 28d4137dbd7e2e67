package com.retailstudio.data.io;

/** What a codec's row rules may use: the references known so far and a way to report a broken rule. */
final class RowCheck {

    private final String fileName;
    private final ReferenceIndex references;
    private final ProblemSink sink;
    private long line;
    private boolean failed;

    RowCheck(String fileName, ReferenceIndex references, ProblemSink sink) {
        this.fileName = fileName;
        this.references = references;
        this.sink = sink;
    }

    void startRow(long rowLine) {
        this.line = rowLine;
        this.failed = false;
    }

    ReferenceIndex references() {
        return references;
    }

    long line() {
        return line;
    }

    void fail(String column, ProblemKind kind, String reason) {
        failed = true;
        sink.report(DataProblem.at(fileName, line, column, kind, reason));
    }

    boolean failed() {
        return failed;
    }
}
