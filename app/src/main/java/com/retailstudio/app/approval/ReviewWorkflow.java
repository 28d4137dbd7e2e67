package com.retailstudio.app.approval;

import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.signing.KeyPasswords;
import com.retailstudio.app.signing.PersonalKeys;
import com.retailstudio.app.signing.SigningKeyException;
import com.retailstudio.app.signing.WorkspaceSigners;
import com.retailstudio.app.workspace.ApprovalSignature;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.ReviewStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceException;
import com.retailstudio.app.workspace.WorkspaceLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Draft → In review → Approved (or Changes requested, back to draft) → Exported; and Archived.
 * The approver must be someone other than the author, and a version with blocking problems can be neither submitted
 * nor approved. Every step is written to the audit log with who, when, which version and the comment.
 */
public final class ReviewWorkflow {

    public static final String SUBMITTED = "review.submitted";
    public static final String APPROVED = "review.approved";
    public static final String CHANGES_REQUESTED = "review.changes_requested";
    public static final String EXPORTED = "review.exported";
    public static final String ARCHIVED = "review.archived";

    private final Workspace workspace;
    private final Map<String, SubmissionCheck> checksByKind;
    private final WorkspaceSigners signers;
    private final KeyPasswords passwords;

    /**
     * Approvals are signed with the approver's key from {@code ~/.retail-studio/keys}, its password from
     * {@value KeyPasswords#ENVIRONMENT_VARIABLE} or the console.
     *
     * @param checksByKind the check per document kind (e.g. lint for {@code journey}); other kinds pass
     */
    public ReviewWorkflow(Workspace workspace, Map<String, SubmissionCheck> checksByKind) {
        this(workspace, checksByKind, new WorkspaceSigners(PersonalKeys.inUserHome(), workspace.publicKeys(),
                Clock.systemUTC()), KeyPasswords.environmentOrConsole());
    }

    /** @param passwords where approvers' keystore passwords come from when {@link #approve} is not given one */
    public ReviewWorkflow(Workspace workspace, Map<String, SubmissionCheck> checksByKind, WorkspaceSigners signers,
                          KeyPasswords passwords) {
        this.workspace = workspace;
        this.checksByKind = Map.copyOf(checksByKind);
        this.signers = signers;
        this.passwords = passwords;
    }

    /** Freezes the document's latest version for review. */
    public Review submit(String kind, String id, String actor) {
        requireFits(kind, id, actor);
        DocumentVersion latest = workspace.documents().latest(kind, id).orElseThrow(() ->
                new ReviewRefusedException("There is no " + kind.replace('_', ' ') + " '" + id + "' to submit."));
        Optional<Review> earlier = workspace.reviews().find(kind, id, latest.version());
        if (earlier.isPresent()) {
            // a second click on Submit, or Submit after Save version with nothing changed: never a second review
            throw new ReviewRefusedException(ReviewStore.describe(kind, id, latest.version()) + " has already been "
                    + "submitted (it is " + ReviewStore.stateInWords(earlier.get().state()) + ") and nothing has "
                    + "changed since; change it to submit a new version.");
        }
        requireNoBlockingProblems(latest, "submitted");
        return refusingWorkspaceErrors(() -> workspace.reviews().submit(latest, actor, SUBMITTED));
    }

    /**
     * Submits {@code draft} as the document's next version, or, when the newest version already holds the same
     * content ({@code sameContent}), submits that one instead of saving a duplicate of it.
     *
     * @param sameContent whether the newest stored version holds what {@code draft} would save
     */
    public Review submitContent(DocumentDraft draft, String author, Predicate<DocumentVersion> sameContent) {
        DocumentVersion saved = saveUnlessUnchanged(workspace, draft, author, sameContent);
        return submit(saved.kind(), saved.id(), author);
    }

    /** The newest version of the document when it holds the draft's content already, else the draft saved next. */
    public static DocumentVersion saveUnlessUnchanged(Workspace workspace, DocumentDraft draft, String author,
                                                      Predicate<DocumentVersion> sameContent) {
        Optional<DocumentVersion> latest = workspace.documents().latest(draft.kind(), draft.id());
        if (latest.isPresent() && sameContent.test(latest.get())) {
            return latest.get();
        }
        return workspace.documents().saveDocumentAs(draft, author);
    }

    /** Approves the version in review; refused for its own author (four-eyes). */
    public Review approve(String kind, String id, String actor, Optional<String> comment) {
        return approve(kind, id, actor, comment, passwords);
    }

    /** Approves the version in review, signed with the approver's key unlocked by {@code approverPassword}. */
    public Review approve(String kind, String id, String actor, Optional<String> comment,
                          KeyPasswords approverPassword) {
        requireFits(kind, id, actor);
        Review review = awaitingReview(kind, id);
        requireSomeoneElse(review, actor);
        DocumentVersion version = workspace.documents().version(kind, id, review.version()).orElseThrow();
        requireNoBlockingProblems(version, "approved");
        ApprovalSignature signature;
        try {
            signature = signers.signApproval(version, actor, approverPassword);
        } catch (SigningKeyException e) {
            throw new ReviewRefusedException(e.getMessage());
        }
        return refusingWorkspaceErrors(() -> workspace.reviews().moveSigned(EnumSet.of(ReviewState.IN_REVIEW),
                ReviewState.APPROVED, comment, APPROVED, signature));
    }

    /**
     * Four eyes on a workspace where nobody signs in: the typed approver must not be the author under any spelling
     * ({@link PersonName}: case, spaces, invisible characters, look-alike letters).
     */
    private static void requireSomeoneElse(Review review, String actor) {
        PersonName approver = PersonName.of(actor);
        if (approver.isBlank()) {
            throw new ReviewRefusedException("An approval needs the approver's name; '" + approver.shown()
                    + "' has no visible characters.");
        }
        String version = ReviewStore.describe(review.kind(), review.id(), review.version());
        if (review.author().equals(actor)) {
            throw new ReviewRefusedException(actor + " wrote " + version
                    + " and cannot approve it; someone else must review it (four-eyes).");
        }
        if (approver.samePersonAs(PersonName.of(review.author()))) {
            throw new ReviewRefusedException("'" + approver.shown() + "' is the author " + review.author() + " of "
                    + version + " written differently (names are compared ignoring case, spaces, invisible "
                    + "characters and look-alike letters), so cannot approve it; someone else must review it "
                    + "(four-eyes).");
        }
    }

    /** Sends the version in review back to its author with a comment saying what to change. */
    public Review requestChanges(String kind, String id, String actor, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new ReviewRefusedException("Requesting changes needs a comment that says what to change.");
        }
        requireFits(kind, id, actor);
        Review review = awaitingReview(kind, id);
        return refusingWorkspaceErrors(() -> workspace.reviews().move(kind, id, review.version(),
                EnumSet.of(ReviewState.IN_REVIEW), ReviewState.CHANGES_REQUESTED, actor, Optional.of(comment),
                CHANGES_REQUESTED));
    }

    /** Records that an approved version went out in an export bundle. */
    public Review markExported(String kind, String id, int version, String actor, String bundleId) {
        return refusingWorkspaceErrors(() -> workspace.reviews().move(kind, id, version,
                EnumSet.of(ReviewState.APPROVED, ReviewState.EXPORTED), ReviewState.EXPORTED, actor,
                Optional.of("bundle " + bundleId), EXPORTED));
    }

    /**
     * Retires a submitted version from any state, so it is no longer exported (e.g. one of two approved markdown plans
     * that change the same price and so block every export). Allowed to the person who approved the version and to
     * whoever administers the workspace: on a single-person workspace, its owner, the operating-system user (a
     * reviewer name typed in the application is not an owner).
     */
    public Review archive(String kind, String id, int version, String actor, Optional<String> comment) {
        requireFits(kind, id, actor);
        Review review = workspace.reviews().find(kind, id, version).orElseThrow(() -> new ReviewRefusedException(
                ReviewStore.describe(kind, id, version) + " has not been submitted, so there is nothing to archive."));
        Optional<String> approver = approverOf(review);
        String owner = Workspace.operatingSystemUser();
        boolean approved = approver.filter(name -> PersonName.samePerson(name, actor)).isPresent();
        if (!approved && !PersonName.samePerson(owner, actor)) {
            throw new ReviewRefusedException("Only " + approver.map(name -> "its approver " + name + " or ").orElse("")
                    + "the workspace's owner " + owner + " can archive " + ReviewStore.describe(kind, id, version)
                    + "; '" + PersonName.of(actor).shown() + "' is neither.");
        }
        return refusingWorkspaceErrors(() -> workspace.reviews().move(kind, id, version,
                EnumSet.complementOf(EnumSet.of(ReviewState.ARCHIVED)), ReviewState.ARCHIVED, actor, comment,
                ARCHIVED));
    }

    /**
     * Who approved the version: from the audit log, since exporting overwrites the review's decider; else the decider
     * of a version still approved.
     */
    public Optional<String> approverOf(Review review) {
        return approval(review).map(record -> record.entry().actor())
                .or(() -> review.state() == ReviewState.APPROVED ? review.decidedBy() : Optional.empty());
    }

    /**
     * The audit entry that approved the version, which says who approved it and whether the database authenticated
     * them ({@link AuditRecord#authenticated()}: never on a single-person H2 workspace).
     */
    public Optional<AuditRecord> approval(Review review) {
        return workspace.auditLog().query(AuditQuery.all().forObject(review.kind(), review.id()).withAction(APPROVED))
                .stream()
                .filter(record -> record.entry().objectVersion().equals(Optional.of(review.version())))
                .findFirst();
    }

    /** The newest approved or exported version of the document: the one an export writes. */
    public Optional<Review> newestApproved(String kind, String id) {
        return workspace.reviews().history(kind, id).stream()
                .filter(review -> review.state() == ReviewState.APPROVED || review.state() == ReviewState.EXPORTED)
                .findFirst();
    }

    /** Every approved or exported version (what exports draw from), by kind and id, newest version first. */
    public List<Review> approved() {
        List<Review> approved = new ArrayList<>(workspace.reviews().inState(ReviewState.APPROVED));
        approved.addAll(workspace.reviews().inState(ReviewState.EXPORTED));
        approved.sort(Comparator.comparing(Review::kind).thenComparing(Review::id)
                .thenComparing(Review::version, Comparator.reverseOrder()));
        return List.copyOf(approved);
    }

    /** The versions waiting for a reviewer, oldest first. */
    public List<Review> queue() {
        return workspace.reviews().inState(ReviewState.IN_REVIEW);
    }

    private Review awaitingReview(String kind, String id) {
        return workspace.reviews().history(kind, id).stream()
                .filter(review -> review.state() == ReviewState.IN_REVIEW)
                .findFirst()
                .orElseThrow(() -> new ReviewRefusedException(
                        "No version of " + kind.replace('_', ' ') + " '" + id + "' is waiting for review."));
    }

    /** Ids and names longer than the workspace keeps are refused before any SQL. */
    private static void requireFits(String kind, String id, String actor) {
        refusingWorkspaceErrors(() -> {
            WorkspaceLimits.requireFits("the " + kind.replace('_', ' ') + " id", id);
            WorkspaceLimits.requireFits("the person's name", actor);
            return null;
        });
    }

    private void requireNoBlockingProblems(DocumentVersion version, String step) {
        List<String> problems = checksByKind.getOrDefault(version.kind(), SubmissionCheck.NONE)
                .blockingProblems(version);
        if (!problems.isEmpty()) {
            throw new ReviewRefusedException(ReviewStore.describe(version.kind(), version.id(), version.version())
                    + " cannot be " + step + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " must be fixed first, starting with: " + problems.get(0));
        }
    }

    private static Review refusingWorkspaceErrors(Supplier<Review> step) {
        try {
            return step.get();
        } catch (WorkspaceException e) {
            throw new ReviewRefusedException(e.getMessage());
        }
    }
}
