package com.retailstudio.app.signing;

/** A signing key cannot be used (lost, wrong password, unreadable); the message is one sentence saying what to do. */
public final class SigningKeyException extends RuntimeException {

    public SigningKeyException(String message) {
        super(message);
    }

    public SigningKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
