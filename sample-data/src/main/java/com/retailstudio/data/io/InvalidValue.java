package com.retailstudio.data.io;

/** A field value that breaks its column's spec; carries the kind and the reason sentence (without location). */
final class InvalidValue extends Exception {

    private static final long serialVersionUID = 1L;

    private final ProblemKind kind;

    InvalidValue(ProblemKind kind, String reason) {
        super(reason, null, false, false);
        this.kind = kind;
    }

    ProblemKind kind() {
        return kind;
    }

    String reason() {
        return getMessage();
    }
}
