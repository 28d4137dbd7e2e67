package com.retailstudio.app.export;

/** A bundle file that cannot be read; the message names the file and field. */
public final class BundleFormatException extends RuntimeException {

    public BundleFormatException(String message) {
        super(message);
    }
}
