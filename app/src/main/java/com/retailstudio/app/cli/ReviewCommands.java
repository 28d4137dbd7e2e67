package com.retailstudio.app.cli;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewRefusedException;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The review steps every kind of workspace document shares on the command line — list, submit, approve, request
 * changes — so `journey` and `plan` behave alike for a pipeline. Each kind subclasses a step with its own name and
 * description; option texts name the kind through picocli's {@code ${PARENT-COMMAND-NAME}}.
 */
final class ReviewCommands {

    private ReviewCommands() {
    }

    /** A kind of reviewed document as the command line names it. */
    record Kind(String kind, String plural, String command) {
    }

    /** Runs one workflow step on the workspace, turning refusals into exit 1 with the reason. */
    static <T> T inWorkspace(WorkspaceOptions options, Function<Workspace, T> step) {
        try (Workspace workspace = Sessions.openWorkspace(options.locationOrDefault())) {
            return step.apply(workspace);
        } catch (ReviewRefusedException | WorkspaceException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    static ReviewWorkflow workflow(Workspace workspace) {
        return new ReviewWorkflow(workspace, DocumentChecks.forReview());
    }

    /** A step on one kind of document in a workspace. */
    abstract static class Step implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions workspace;

        abstract Kind kind();

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** Stores a document in the workspace as its next version, written by the author {@code --as} names. */
    abstract static class ImportStep extends Step {
        @Option(names = "--as", paramLabel = "USER",
                description = "Who the author is (a workspace folder only; a team workspace knows who you are).")
        String author;

        /** Who the new version is by: the workspace's own user unless {@code --as} names one. */
        String author(Workspace session) {
            return People.acting(session, author);
        }
    }

    /** Lists the documents of the kind with their newest version, review state and author. */
    abstract static class ListStep extends Step {
        @Override
        public Integer call() {
            String kind = kind().kind();
            List<String> lines = inWorkspace(workspace, session -> session.documents().list(kind).stream()
                    .map(version -> String.format("%-28s v%-3d %-18s %s", version.id(), version.version(),
                            session.reviews().find(kind, version.id(), version.version())
                                    .map(review -> review.state().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                                    .orElse("draft"),
                            version.author()))
                    .toList());
            if (lines.isEmpty()) {
                out().println("No " + kind().plural() + " in the workspace yet; add one with 'retail-studio "
                        + kind().command() + " import'.");
            }
            lines.forEach(out()::println);
            return 0;
        }
    }

    /** Submits the newest version of a document for review. */
    abstract static class SubmitStep extends Step {
        @Option(names = "--id", required = true, description = "The ${PARENT-COMMAND-NAME} id.")
        String id;
        @Option(names = "--as", paramLabel = "USER", description = "Who submits (default: the workspace's user).")
        String actor;

        @Override
        public Integer call() {
            Review review = inWorkspace(workspace, session -> workflow(session).submit(kind().kind(), id,
                    People.acting(session, actor)));
            out().println("Submitted " + id + " v" + review.version() + " for review.");
            return 0;
        }
    }

    /** Approves the version in review; refused for its author (four-eyes). */
    abstract static class ApproveStep extends Step {
        @Option(names = "--id", required = true, description = "The ${PARENT-COMMAND-NAME} id.")
        String id;
        @Option(names = "--as", paramLabel = "USER", description = {"Who approves on a workspace folder (default: the "
                + "operating-system user). Compared with the author ignoring case, spaces, invisible characters and "
                + "look-alike letters; recorded as not authenticated. Refused on a team workspace, which knows who "
                + "you are."})
        String actor;
        @Option(names = "--comment", description = "Why, for the audit log.")
        String comment;

        @Override
        public Integer call() {
            Review review = inWorkspace(workspace, session -> workflow(session).approve(kind().kind(), id,
                    People.acting(session, actor), Optional.ofNullable(comment)));
            out().println("Approved " + id + " v" + review.version() + " as " + review.decidedBy().orElseThrow()
                    + ".");
            return 0;
        }
    }

    /**
     * Archives a version so exports leave it out (by default the newest approved one, the version an export writes);
     * allowed to its approver and to the workspace's owner.
     */
    abstract static class ArchiveStep extends Step {
        @Option(names = "--id", required = true, description = "The ${PARENT-COMMAND-NAME} id.")
        String id;
        @Option(names = "--version", paramLabel = "N",
                description = "The version to archive (default: the newest approved or exported one).")
        Integer version;
        @Option(names = "--as", paramLabel = "USER", description = "Who archives: the version's approver or the "
                + "workspace's owner (default: the workspace's user, the operating-system user).")
        String actor;
        @Option(names = "--comment", description = "Why, for the audit log.")
        String comment;

        @Override
        public Integer call() {
            Review review = inWorkspace(workspace, session -> {
                ReviewWorkflow workflow = workflow(session);
                int chosen = version != null ? version : workflow.newestApproved(kind().kind(), id)
                        .orElseThrow(() -> new ReviewRefusedException("No version of " + kind().kind().replace('_', ' ')
                                + " '" + id + "' is approved; name the version to archive with --version."))
                        .version();
                return workflow.archive(kind().kind(), id, chosen, People.acting(session, actor),
                        Optional.ofNullable(comment));
            });
            out().println("Archived " + id + " v" + review.version() + "; exports leave it out.");
            return 0;
        }
    }

    /** Sends the version in review back to its author with a comment. */
    abstract static class RequestChangesStep extends Step {
        @Option(names = "--id", required = true, description = "The ${PARENT-COMMAND-NAME} id.")
        String id;
        @Option(names = "--as", paramLabel = "USER",
                description = "Who reviews on a workspace folder (default: the operating-system user); refused on a "
                        + "team workspace, which knows who you are.")
        String actor;
        @Option(names = "--comment", required = true, description = "What the author should change.")
        String comment;

        @Override
        public Integer call() {
            Review review = inWorkspace(workspace, session -> workflow(session).requestChanges(kind().kind(), id,
                    People.acting(session, actor), comment));
            out().println("Sent " + id + " v" + review.version() + " back to " + review.author() + ".");
            return 0;
        }
    }
}
