package com.retailstudio.app.cli;

import picocli.CommandLine.Command;

/** The review of portfolio rules on the command line, as for journeys: submit, approve, send back, archive. */
final class PortfolioReviewCommands {

    private PortfolioReviewCommands() {
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "Freeze the newest version of the portfolio rules for review; refused when it cannot be read.")
    static final class Submit extends ReviewCommands.SubmitStep {
        @Override
        ReviewCommands.Kind kind() {
            return PortfolioCommand.PORTFOLIO;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve the portfolio rules version in review; its author cannot (four-eyes).")
    static final class Approve extends ReviewCommands.ApproveStep {
        @Override
        ReviewCommands.Kind kind() {
            return PortfolioCommand.PORTFOLIO;
        }
    }

    @Command(name = "request-changes", mixinStandardHelpOptions = true,
            description = "Send the portfolio rules version in review back to its author with a comment.")
    static final class RequestChanges extends ReviewCommands.RequestChangesStep {
        @Override
        ReviewCommands.Kind kind() {
            return PortfolioCommand.PORTFOLIO;
        }
    }

    @Command(name = "archive", mixinStandardHelpOptions = true,
            description = "Archive a portfolio rules version (default: the newest approved) so exports leave it out; "
                    + "allowed to its approver and the workspace's owner.")
    static final class Archive extends ReviewCommands.ArchiveStep {
        @Override
        ReviewCommands.Kind kind() {
            return PortfolioCommand.PORTFOLIO;
        }
    }
}
