package com.retailstudio.app.export;

/** An export asked for while nothing is approved. */
public final class NothingToExportException extends RuntimeException {

    public NothingToExportException(String message) {
        super(message);
    }
}
