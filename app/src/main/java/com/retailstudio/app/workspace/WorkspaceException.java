package com.retailstudio.app.workspace;

/** A workspace could not be opened, read or written. */
public class WorkspaceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
