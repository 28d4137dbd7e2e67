package com.retailstudio.app.cli;

import com.retailstudio.app.approval.PortfolioRulesCheck;
import com.retailstudio.app.portfolio.WorkspacePortfolioLibrary;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.PortfolioFormatException;
import com.retailstudio.designer.io.PortfolioRulesReader;
import com.retailstudio.designer.io.PortfolioRulesWriter;
import com.retailstudio.designer.library.PortfolioRulesVersion;
import com.retailstudio.designer.model.PortfolioRules;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `retail-studio portfolio`: the workspace's rules across journeys (caps, global control, priority, suppression),
 * stored as versions and reviewed like journeys; and the lint that finds journeys targeting the same customers.
 */
@Command(name = "portfolio", mixinStandardHelpOptions = true,
        description = "Portfolio rules (caps across journeys, global control, priority, suppression): import, list, "
                + "show, review, and the overlap lint of the workspace's journeys.",
        subcommands = {PortfolioCommand.Import.class, PortfolioCommand.ListRules.class, PortfolioCommand.Show.class,
            PortfolioReviewCommands.Submit.class, PortfolioReviewCommands.Approve.class,
            PortfolioReviewCommands.RequestChanges.class, PortfolioReviewCommands.Archive.class,
            PortfolioLintCommand.class})
final class PortfolioCommand extends CommandGroup {

    static final ReviewCommands.Kind PORTFOLIO = new ReviewCommands.Kind(PortfolioRulesCheck.KIND, "portfolio rules",
            "portfolio");

    /** Reads a portfolio rules file, failing with the file, line and field of a bad value. */
    static PortfolioRules read(Path file) {
        try {
            return PortfolioRulesReader.read(file);
        } catch (NoSuchFileException e) {
            throw new CommandFailure("There is no portfolio rules file " + file + ".");
        } catch (IOException e) {
            throw FileProblems.cannotRead(file, e);
        } catch (PortfolioFormatException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    /** Stores a portfolio rules file in the workspace as the rules' next version. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Store a portfolio rules file in the workspace as their next version; prints the id and "
                    + "version.")
    static final class Import extends ReviewCommands.ImportStep {
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The portfolio rules JSON file.")
        private Path file;

        @Override
        ReviewCommands.Kind kind() {
            return PORTFOLIO;
        }

        @Override
        public Integer call() {
            PortfolioRules rules = read(file);
            PortfolioRulesVersion saved = ReviewCommands.inWorkspace(workspace, session ->
                    new WorkspacePortfolioLibrary(session, ReviewCommands.workflow(session))
                            .saveAs(rules, author(session)));
            out().println(rules.id() + " v" + saved.number());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the portfolio rules in the "
            + "workspace: id, newest version, its review state and author.")
    static final class ListRules extends ReviewCommands.ListStep {
        @Override
        ReviewCommands.Kind kind() {
            return PORTFOLIO;
        }
    }

    /** Prints a stored version of the rules as their file. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print a stored version of the portfolio rules (default: the newest) as a rules file.")
    static final class Show extends ReviewCommands.Step {
        @Option(names = "--id", defaultValue = WorkspacePortfolioLibrary.DEFAULT_ID,
                description = "The portfolio rules id (default: ${DEFAULT-VALUE}).")
        private String id;
        @Option(names = "--version", paramLabel = "N", description = "The version (default: the newest).")
        private Integer version;

        @Override
        ReviewCommands.Kind kind() {
            return PORTFOLIO;
        }

        @Override
        public Integer call() {
            DocumentVersion stored = ReviewCommands.inWorkspace(workspace, session -> (version == null
                    ? session.documents().latest(PORTFOLIO.kind(), id)
                    : session.documents().version(PORTFOLIO.kind(), id, version)).orElseThrow(() ->
                    new CommandFailure("The workspace has no portfolio rules '" + id + "'"
                            + (version == null ? "" : " v" + version) + "; add them with 'retail-studio portfolio "
                            + "import --file FILE'.")));
            try {
                out().print(PortfolioRulesWriter.write(PortfolioRulesReader.parse(stored.body())));
            } catch (JourneyFormatException e) {
                throw new CommandFailure("Portfolio rules " + id + " v" + stored.version() + " cannot be read: "
                        + e.getMessage(), e);
            }
            return 0;
        }
    }
}
