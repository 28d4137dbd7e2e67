package com.retailstudio.app.cli;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.model.Journey;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The journey workflow on the command line, so a pipeline can drive it: import, list, submit, approve, send back. */
final class JourneyReviewCommands {

    static final ReviewCommands.Kind JOURNEYS = new ReviewCommands.Kind(DocumentChecks.JOURNEY, "journeys", "journey");

    private JourneyReviewCommands() {
    }

    /** Stores a journey file in the workspace as the journey's next version. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Store a journey file in the workspace as its next draft version; prints the journey id.")
    static final class Import extends ReviewCommands.ImportStep {
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The journey JSON file.")
        private Path file;

        @Override
        ReviewCommands.Kind kind() {
            return JOURNEYS;
        }

        @Override
        public Integer call() {
            Journey journey = JourneyCommand.read(file);
            DocumentVersion saved = ReviewCommands.inWorkspace(workspace, session -> session.documents()
                    .saveDocumentAs(new DocumentDraft(kind().kind(), journey.id(), "draft",
                            JourneyJson.toJson(journey)), author(session)));
            out().println(saved.id());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {
            "List the journeys in the workspace, drafts and versions, one line each ordered by id, tab-separated:",
            "id, name, draft changed at (ISO-8601 UTC, - without a draft), newest version (v2, - without one),",
            "its review state (saved, in_review, approved, changes_requested, exported, archived; - without a",
            "version), author (of the draft, else of the newest version)."})
    static final class ListJourneys extends ReviewCommands.Step {
        @Override
        ReviewCommands.Kind kind() {
            return JOURNEYS;
        }

        @Override
        public Integer call() {
            List<String> lines = ReviewCommands.inWorkspace(workspace, JourneyListing::lines);
            if (lines.isEmpty()) {
                // On standard error, so a pipeline reading the list gets no line for no journey.
                spec.commandLine().getErr().println("No journeys in the workspace yet; add one with "
                        + "'retail-studio journey import'.");
            }
            lines.forEach(out()::println);
            return 0;
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "Freeze the journey's newest version for review; refused when it has lint errors.")
    static final class Submit extends ReviewCommands.SubmitStep {
        @Override
        ReviewCommands.Kind kind() {
            return JOURNEYS;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve the journey version in review; its author cannot (four-eyes).")
    static final class Approve extends ReviewCommands.ApproveStep {
        @Override
        ReviewCommands.Kind kind() {
            return JOURNEYS;
        }
    }

    @Command(name = "archive", mixinStandardHelpOptions = true,
            description = "Archive a journey version (default: the newest approved) so exports leave it out; allowed "
                    + "to its approver and the workspace's owner.")
    static final class Archive extends ReviewCommands.ArchiveStep {
        @Override
        ReviewCommands.Kind kind() {
            return JOURNEYS;
        }
    }

    @Command(name = "request-changes", mixinStandardHelpOptions = true,
            description = "Send the journey version in review back to its author with a comment.")
    static final class RequestChanges extends ReviewCommands.RequestChangesStep {
        @Override
        ReviewCommands.Kind kind() {
            return JOURNEYS;
        }
    }
}
