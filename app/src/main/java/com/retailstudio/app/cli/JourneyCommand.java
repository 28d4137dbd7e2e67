package com.retailstudio.app.cli;

import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.lint.Finding;
import com.retailstudio.designer.lint.Lint;
import com.retailstudio.designer.lint.Severity;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `retail-studio journey`: check journey files, start one from a template, compare two versions. */
@Command(name = "journey", mixinStandardHelpOptions = true,
        description = "Journey files (lint, templates, diffs) and their review in a workspace.",
        subcommands = {JourneyCommand.LintJourney.class, JourneyCommand.Template.class, JourneyCommand.Diff.class,
            JourneyReviewCommands.Import.class, JourneyReviewCommands.ListJourneys.class,
            JourneyReviewCommands.Submit.class, JourneyReviewCommands.Approve.class,
            JourneyReviewCommands.RequestChanges.class, JourneyReviewCommands.Archive.class})
final class JourneyCommand extends CommandGroup {

    static Journey read(Path file) {
        try {
            return JourneyJson.read(file);
        } catch (NoSuchFileException e) {
            throw new CommandFailure("There is no journey file " + file + ".");
        } catch (IOException e) {
            throw FileProblems.cannotRead(file, e);
        } catch (JourneyFormatException e) {
            throw new CommandFailure(file + ": " + e.getMessage(), e);
        }
    }

    /** Prints the lint findings of a journey file; exits 1 when it has errors. */
    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"Check a journey file: its format, then every lint rule (unreachable steps, dead ends, "
                    + "loops without a wait, consent, caps, quiet hours, prices, split weights, goal, conditions).",
                "Exits 0 when the journey can be submitted (warnings allowed), 1 when it has errors or cannot be read."})
    static final class LintJourney implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The journey JSON file.")
        private Path file;

        @Override
        public Integer call() {
            Journey journey = read(file);
            List<Finding> findings = Lint.check(journey);
            PrintWriter out = spec.commandLine().getOut();
            findings.forEach(f -> out.println(f.toLine()));
            long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
            long warnings = findings.size() - errors;
            out.println(journey.name() + " (" + file.getFileName() + "): " + errors + (errors == 1 ? " error, " : " errors, ")
                    + warnings + (warnings == 1 ? " warning." : " warnings.")
                    + (errors == 0 ? " It can be submitted for review." : " Fix the errors before submitting."));
            return errors == 0 ? 0 : CommandFailure.EXIT_JOB_FAILED;
        }
    }

    /** Writes a template journey to a file. */
    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Write a template journey to a file, to edit and lint. Templates: cart-abandonment, "
                    + "welcome-series, winback, clearance-offer, back-in-stock, birthday.")
    static final class Template implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The template's name.")
        private String name;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the journey.")
        private Path out;

        @Override
        public Integer call() throws IOException {
            Journey template = JourneyTemplates.load(name).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "Unknown template '" + name + "'; choose one of: "
                            + String.join(", ", JourneyTemplates.NAMES) + "."));
            // Atomic, as the editor's export: a reader (or a crash) sees the old file or the whole template.
            JourneyJson.write(template, out);
            spec.commandLine().getOut().println("Wrote the " + name + " template to " + out + ".");
            return 0;
        }
    }

    /** Lists what changed between two versions of a journey. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "List what changed between two versions of a journey, in plain language.")
    static final class Diff implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier journey file.")
        private Path before;

        @Parameters(index = "1", paramLabel = "AFTER", description = "The later journey file.")
        private Path after;

        @Override
        public Integer call() {
            JourneyDiff diff = JourneyDiff.between(read(before), read(after));
            spec.commandLine().getOut().println(diff.isEmpty() ? "No changes." : diff.toText());
            return 0;
        }
    }
}
