package com.retailstudio.app.ui.shell;

/**
 * What the File menu does about where the work lives, and whether the user's name comes from a server.
 *
 * @param signedIn   true on a team workspace: the name is the database login and cannot be changed in the window
 * @param connect    File → Connect to team workspace…
 * @param useFolder  File → Use my workspace folder
 */
public record TeamActions(boolean signedIn, Runnable connect, Runnable useFolder) {

    /** For windows that cannot switch workspace (previews, tests). */
    public static final TeamActions NONE = new TeamActions(false, () -> { }, () -> { });
}
