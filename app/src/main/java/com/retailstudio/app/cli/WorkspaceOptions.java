package com.retailstudio.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The `--workspace DIR` option shared by the commands that open a workspace. It may also be given before the
 * subcommand (`retail-studio --workspace W journey list`), where the enclosing command holds it.
 */
final class WorkspaceOptions {

    private static final String NAME = "--workspace";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = NAME, paramLabel = "DIR",
            description = "Workspace folder (default: ~/.retail-studio/workspace).")
    private Path directory;

    Optional<Path> directory() {
        if (directory != null) {
            return Optional.of(directory);
        }
        for (CommandSpec enclosing = mixee.parent(); enclosing != null; enclosing = enclosing.parent()) {
            OptionSpec option = enclosing.findOption(NAME);
            if (option != null && option.getValue() != null) {
                return Optional.of(option.getValue());
            }
        }
        return Optional.empty();
    }
}
