package com.retailstudio.app.approval;

/** A workflow step that the rules do not allow; the message says why in one sentence. */
public final class ReviewRefusedException extends RuntimeException {

    public ReviewRefusedException(String message) {
        super(message);
    }
}
