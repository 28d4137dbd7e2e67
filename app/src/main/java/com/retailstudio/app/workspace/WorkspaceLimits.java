package com.retailstudio.app.workspace;

import java.util.Locale;

/**
 * How long the names the workspace keeps may be: ids of journeys and plans, people's names, document kinds. Checked
 * before any SQL, so a name too long is refused in one sentence instead of the database's two-line column error.
 */
public final class WorkspaceLimits {

    /** The longest id, or person's name, the workspace keeps (its columns are 200 characters wide). */
    public static final int NAME_LENGTH = 200;

    private WorkspaceLimits() {
    }

    /**
     * Refuses a value longer than {@link #NAME_LENGTH}.
     *
     * @param what what the value is, as a sentence names it: "the journey id", "--as"
     * @throws WorkspaceException saying how long the value is and how long it may be
     */
    public static String requireFits(String what, String value) {
        String problem = problem(what, value);
        if (problem != null) {
            throw new WorkspaceException(problem);
        }
        return value;
    }

    /** The sentence that refuses the value, or null when it fits. */
    public static String problem(String what, String value) {
        if (value == null || value.length() <= NAME_LENGTH) {
            return null;
        }
        String start = value.substring(0, 20);
        return String.format(Locale.ROOT, "%s '%s…' is %,d characters long; the workspace keeps at most %d.",
                Character.toUpperCase(what.charAt(0)) + what.substring(1), start, value.length(), NAME_LENGTH);
    }
}
