package com.retailstudio.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The `--workspace DIR` option shared by the commands that open a workspace. */
final class WorkspaceOptions {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder (default: ~/.retail-studio/workspace).")
    private Path directory;

    Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }
}
