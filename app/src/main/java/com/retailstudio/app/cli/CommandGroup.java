package com.retailstudio.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands (`journey`, `plan`, `keys`, …): run alone it fails as a usage error naming
 * the subcommands, in the order they are declared, so every group answers the same way.
 */
abstract class CommandGroup implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Choose a subcommand: " + choices(spec) + ".");
    }

    static String choices(CommandSpec group) {
        List<String> names = new ArrayList<>(group.subcommands().keySet());
        names.remove("help");
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
