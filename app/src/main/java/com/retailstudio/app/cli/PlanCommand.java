package com.retailstudio.app.cli;

import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.MarkdownPlanFormatException;
import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.app.approval.MarkdownPlans;
import com.retailstudio.app.workspace.DataSetFingerprint;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.markdown.engine.MarkdownPlanner;
import com.retailstudio.markdown.io.RuleBookJson;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.data.io.Utf8Text;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `retail-studio plan`: markdown plans through review, as `journey` does for journeys. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Markdown plans in a workspace and their review: import, list, submit, approve, request changes, "
                + "archive.",
        subcommands = {PlanCommand.Import.class, PlanCommand.ListPlans.class, PlanCommand.Submit.class,
            PlanCommand.Approve.class, PlanCommand.RequestChanges.class, PlanCommand.Archive.class})
final class PlanCommand extends CommandGroup {

    static final ReviewCommands.Kind PLANS = new ReviewCommands.Kind(MarkdownPlanDocument.KIND, "markdown plans",
            "plan");

    /** Plans a data set, or reads a plan document, and stores it as the plan's next draft version. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Store a markdown plan in the workspace as its next draft version; prints the plan id.",
                "With --data, plan the data set under the standard rules or --rules (as plan-markdowns does) and "
                        + "store the result with the data set's fingerprint; with --file, store a plan document (the JSON "
                        + "format of docs/approvals.md, e.g. from a bundle's markdowns folder).",
                "Rules are checked when the plan is submitted."})
    static final class Import extends ReviewCommands.ImportStep {

        static final class Source {
            @Option(names = "--data", required = true, paramLabel = "DIR|sample",
                    description = "Plan this data set: a folder of CSV files, or 'sample'.")
            String data;
            @Option(names = "--file", required = true, paramLabel = "PLAN.json",
                    description = "A markdown plan document to store.")
            Path file;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Source source;
        @Option(names = "--id", paramLabel = "ID",
                description = "The plan id with --data (default: markdowns-<first planned week>).")
        private String id;
        @Option(names = "--rules", paramLabel = "RULES.json",
                description = "With --data: the rule book to plan under, in the format of a plan document's "
                        + "'rules' and of the Markdowns section's saved rules (docs/approvals.md). Default: the "
                        + "standard rules.")
        private Path rulesFile;

        @Override
        ReviewCommands.Kind kind() {
            return PLANS;
        }

        @Override
        public Integer call() {
            if (source.file != null && (id != null || rulesFile != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--id and --rules go with --data; a plan document carries its own id and rules.");
            }
            MarkdownPlanDocument plan = source.file != null ? read(source.file) : planDataSet(source.data);
            DocumentVersion saved = ReviewCommands.inWorkspace(workspace,
                    session -> MarkdownPlans.save(session, plan, author(session)));
            out().println(saved.id());
            return 0;
        }

        private MarkdownPlanDocument planDataSet(String data) {
            // the rules first: a mistake in them is found before the data set is read
            RuleBook rules = rulesFile == null ? RuleBook.standard() : readRules(rulesFile);
            Path folder = DataFolderOption.resolve(data);
            DataSet dataSet = SellThroughHistory.load(folder);
            PlanResult result = new MarkdownPlanner(rules).plan(dataSet);
            return MarkdownPlans.document(Optional.ofNullable(id).orElseGet(() -> MarkdownPlans.defaultId(result)),
                    result, rules, dataSet, Optional.of(DataSetFingerprint.of(folder)));
        }

        private static RuleBook readRules(Path file) {
            return readJson(file, "rule book", RuleBookJson::read);
        }

        private static MarkdownPlanDocument read(Path file) {
            return readJson(file, "plan", MarkdownPlanJson::read);
        }

        /** Reads and parses a JSON file; refused in one sentence naming the file (and the field, for bad content). */
        private static <T> T readJson(Path file, String what, Function<String, T> parse) {
            try {
                return parse.apply(Utf8Text.read(file));
            } catch (NoSuchFileException e) {
                throw new CommandFailure("There is no " + what + " file " + file + ".");
            } catch (IOException e) {
                throw FileProblems.cannotRead(file, e);
            } catch (MarkdownPlanFormatException | IllegalArgumentException e) {
                throw new CommandFailure(file + ": " + e.getMessage() + ".", e);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the markdown plans in the workspace.")
    static final class ListPlans extends ReviewCommands.ListStep {
        @Override
        ReviewCommands.Kind kind() {
            return PLANS;
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "Freeze the plan's newest version for review; refused, naming the product, store and rule, "
                    + "when a price breaks the plan's rule book.")
    static final class Submit extends ReviewCommands.SubmitStep {
        @Override
        ReviewCommands.Kind kind() {
            return PLANS;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve the plan version in review; its author cannot (four-eyes), nor can a plan that "
                    + "breaks a rule be approved.")
    static final class Approve extends ReviewCommands.ApproveStep {
        @Override
        ReviewCommands.Kind kind() {
            return PLANS;
        }
    }

    @Command(name = "archive", mixinStandardHelpOptions = true,
            description = "Archive a plan version (default: the newest approved) so exports leave it out, e.g. one of "
                    + "two approved plans that change the same price; allowed to its approver and the workspace's "
                    + "owner.")
    static final class Archive extends ReviewCommands.ArchiveStep {
        @Override
        ReviewCommands.Kind kind() {
            return PLANS;
        }
    }

    @Command(name = "request-changes", mixinStandardHelpOptions = true,
            description = "Send the plan version in review back to its author with a comment.")
    static final class RequestChanges extends ReviewCommands.RequestChangesStep {
        @Override
        ReviewCommands.Kind kind() {
            return PLANS;
        }
    }
}
