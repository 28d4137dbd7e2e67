package com.retailstudio.app.cli;

import com.retailstudio.app.workspace.WorkspaceLocation;
import java.util.Optional;

/**
 * Recognises the arguments that only open the desktop application ({@code [--workspace DIR|URL]}), so a plain start
 * skips building the whole command-line model (every subcommand's classes), which costs a quarter of a second.
 */
record DesktopArguments(Optional<WorkspaceLocation> workspace, boolean closeAfterFirstFrame) {

    static final String CLOSE_AFTER_FIRST_FRAME = "--close-after-first-frame";
    private static final String WORKSPACE = "--workspace";

    /** The desktop start these arguments ask for, or empty when they need the full command line. */
    static Optional<DesktopArguments> parse(String... args) {
        String workspace = null;
        boolean close = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(CLOSE_AFTER_FIRST_FRAME) && !close) {
                close = true;
            } else if (arg.equals(WORKSPACE) && workspace == null && i + 1 < args.length
                    && !args[i + 1].startsWith("-")) {
                workspace = args[++i];
            } else if (arg.startsWith(WORKSPACE + "=") && workspace == null && arg.length() > WORKSPACE.length() + 1) {
                workspace = arg.substring(WORKSPACE.length() + 1);
            } else {
                return Optional.empty();
            }
        }
        if (workspace == null) {
            return Optional.of(new DesktopArguments(Optional.empty(), close));
        }
        try {
            return Optional.of(new DesktopArguments(Optional.of(WorkspaceLocation.parse(workspace)), close));
        } catch (IllegalArgumentException e) {
            // A malformed URL: the full command line reports it as bad usage.
            return Optional.empty();
        }
    }
}
