package com.retailstudio.app.cli;

import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceLocation;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The `--workspace DIR|postgresql://HOST[:PORT]/DB` option shared by the commands that open a workspace. It may also
 * be given before the subcommand (`retail-studio --workspace W journey list`), where the enclosing command holds it.
 */
final class WorkspaceOptions {

    private static final String NAME = "--workspace";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = NAME, paramLabel = "DIR|postgresql://HOST[:PORT]/DB", converter = LocationConverter.class,
            description = "Workspace folder (default: ~/.retail-studio/workspace), or a team workspace on a "
                    + "PostgreSQL server; its password comes from PGPASSWORD or ~/.pgpass.")
    private WorkspaceLocation location;

    /** The workspace named on the command line, here or on an enclosing command. */
    Optional<WorkspaceLocation> location() {
        if (location != null) {
            return Optional.of(location);
        }
        for (CommandSpec enclosing = mixee.parent(); enclosing != null; enclosing = enclosing.parent()) {
            OptionSpec option = enclosing.findOption(NAME);
            if (option != null && option.getValue() != null) {
                return Optional.of(option.getValue());
            }
        }
        return Optional.empty();
    }

    /** The named workspace, or the default folder. */
    WorkspaceLocation locationOrDefault() {
        return location().orElseGet(() -> new WorkspaceLocation.Folder(Workspace.defaultDirectory()));
    }

    /** The named folder, for commands that only work on a folder; empty when none is named. */
    Optional<Path> directory() {
        return location().map(named -> {
            if (named instanceof WorkspaceLocation.Folder folder) {
                return folder.directory();
            }
            throw new CommandFailure("This command works on a workspace folder, not on the team workspace "
                    + named.describe() + ".");
        });
    }

    /** Reads a folder or a {@code postgresql://} URL, refusing a malformed URL as bad usage (exit 2). */
    static final class LocationConverter implements ITypeConverter<WorkspaceLocation> {
        @Override
        public WorkspaceLocation convert(String value) {
            try {
                return WorkspaceLocation.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
