package com.retailstudio.app.cli;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewRefusedException;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.model.Journey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The journey workflow on the command line, so a pipeline can drive it: import, list, submit, approve, send back. */
final class JourneyReviewCommands {

    private static final String KIND = DocumentChecks.JOURNEY;

    private JourneyReviewCommands() {
    }

    /** Runs one workflow step on the workspace, turning refusals into exit 1 with the reason. */
    static <T> T inWorkspace(WorkspaceOptions options, Function<Workspace, T> step) {
        try (Workspace workspace = Sessions.openWorkspace(options.directory())) {
            return step.apply(workspace);
        } catch (ReviewRefusedException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    static ReviewWorkflow workflow(Workspace workspace) {
        return new ReviewWorkflow(workspace, DocumentChecks.forReview());
    }

    /** Stores a journey file in the workspace as the journey's next version. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Store a journey file in the workspace as its next draft version; prints the journey id.")
    static final class Import implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private WorkspaceOptions workspace;
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The journey JSON file.")
        private Path file;
        @Option(names = "--as", required = true, paramLabel = "USER", description = "Who the author is.")
        private String author;

        @Override
        public Integer call() {
            Journey journey = JourneyCommand.read(file);
            DocumentVersion saved = inWorkspace(workspace, session -> session.documents()
                    .saveDocumentAs(new DocumentDraft(KIND, journey.id(), "draft", JourneyJson.toJson(journey)), author));
            spec.commandLine().getOut().println(saved.id());
            return 0;
        }
    }

    /** Lists the workspace's journeys with their newest version and review state. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the journeys in the workspace.")
    static final class ListJourneys implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private WorkspaceOptions workspace;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<String> lines = inWorkspace(workspace, session -> session.documents().list(KIND).stream()
                    .map(version -> String.format("%-28s v%-3d %-18s %s", version.id(), version.version(),
                            session.reviews().find(KIND, version.id(), version.version())
                                    .map(review -> review.state().name().toLowerCase().replace('_', ' '))
                                    .orElse("draft"),
                            version.author()))
                    .toList());
            if (lines.isEmpty()) {
                out.println("No journeys in the workspace yet; add one with 'retail-studio journey import'.");
            }
            lines.forEach(out::println);
            return 0;
        }
    }

    /** Submits the newest version of a journey for review. */
    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "Freeze the journey's newest version for review; refused when it has lint errors.")
    static final class Submit implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private WorkspaceOptions workspace;
        @Option(names = "--id", required = true, description = "The journey id.")
        private String id;
        @Option(names = "--as", paramLabel = "USER", description = "Who submits (default: the workspace's user).")
        private String actor;

        @Override
        public Integer call() {
            Review review = inWorkspace(workspace, session -> workflow(session).submit(KIND, id,
                    Optional.ofNullable(actor).orElseGet(() -> session.currentUser())));
            spec.commandLine().getOut().println("Submitted " + id + " v" + review.version() + " for review.");
            return 0;
        }
    }

    /** Approves the version in review; refused for its author. */
    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve the journey version in review; its author cannot (four-eyes).")
    static final class Approve implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private WorkspaceOptions workspace;
        @Option(names = "--id", required = true, description = "The journey id.")
        private String id;
        @Option(names = "--as", required = true, paramLabel = "USER", description = "Who approves.")
        private String actor;
        @Option(names = "--comment", description = "Why, for the audit log.")
        private String comment;

        @Override
        public Integer call() {
            Review review = inWorkspace(workspace, session -> workflow(session).approve(KIND, id, actor,
                    Optional.ofNullable(comment)));
            spec.commandLine().getOut().println("Approved " + id + " v" + review.version() + " as " + actor + ".");
            return 0;
        }
    }

    /** Sends the version in review back to its author. */
    @Command(name = "request-changes", mixinStandardHelpOptions = true,
            description = "Send the journey version in review back to its author with a comment.")
    static final class RequestChanges implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private WorkspaceOptions workspace;
        @Option(names = "--id", required = true, description = "The journey id.")
        private String id;
        @Option(names = "--as", required = true, paramLabel = "USER", description = "Who reviews.")
        private String actor;
        @Option(names = "--comment", required = true, description = "What the author should change.")
        private String comment;

        @Override
        public Integer call() {
            Review review = inWorkspace(workspace, session -> workflow(session).requestChanges(KIND, id, actor,
                    comment));
            spec.commandLine().getOut().println("Sent " + id + " v" + review.version() + " back to "
                    + review.author() + ".");
            return 0;
        }
    }
}
