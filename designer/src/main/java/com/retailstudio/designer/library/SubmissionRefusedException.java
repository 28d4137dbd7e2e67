package com.retailstudio.designer.library;

/** A journey version that cannot be submitted for review; the message says why in a sentence. */
public final class SubmissionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SubmissionRefusedException(String message) {
        super(message);
    }
}
