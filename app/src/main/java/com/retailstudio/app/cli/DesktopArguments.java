package com.retailstudio.app.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises the arguments that only open the desktop application ({@code [--workspace DIR]}), so a plain start
 * skips building the whole command-line model (every subcommand's classes), which costs a quarter of a second.
 */
record DesktopArguments(Optional<Path> workspace, boolean closeAfterFirstFrame) {

    static final String CLOSE_AFTER_FIRST_FRAME = "--close-after-first-frame";
    private static final String WORKSPACE = "--workspace";

    /** The desktop start these arguments ask for, or empty when they need the full command line. */
    static Optional<DesktopArguments> parse(String... args) {
        Path workspace = null;
        boolean close = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(CLOSE_AFTER_FIRST_FRAME) && !close) {
                close = true;
            } else if (arg.equals(WORKSPACE) && workspace == null && i + 1 < args.length
                    && !args[i + 1].startsWith("-")) {
                workspace = Path.of(args[++i]);
            } else if (arg.startsWith(WORKSPACE + "=") && workspace == null && arg.length() > WORKSPACE.length() + 1) {
                workspace = Path.of(arg.substring(WORKSPACE.length() + 1));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new DesktopArguments(Optional.ofNullable(workspace), close));
    }
}
