package com.retailstudio.app.workspace;

/**
 * The database of a team workspace refused a change by its own rules (four-eyes, the review state machine, the
 * signed-in person, the roles' privileges); the message is the database's sentence saying why.
 */
public final class WorkspaceRefusedException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    public WorkspaceRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
