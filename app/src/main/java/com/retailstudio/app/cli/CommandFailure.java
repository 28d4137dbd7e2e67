package com.retailstudio.app.cli;

/** A job that failed for a reason the user can act on; its message is one sentence for standard error. */
public final class CommandFailure extends RuntimeException {

    static final int EXIT_JOB_FAILED = 1;
    static final int EXIT_BAD_USAGE = 2;

    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** One line for the user: our own messages as they are, anything else with its kind. */
    static String describe(Throwable error) {
        if (error instanceof CommandFailure) {
            return error.getMessage();
        }
        String message = error.getMessage();
        String kind = error.getClass().getSimpleName();
        return message == null || message.isBlank()
                ? "unexpected " + kind + " (set RETAIL_STUDIO_DEBUG=1 for details)"
                : message + " (" + kind + ")";
    }
}
