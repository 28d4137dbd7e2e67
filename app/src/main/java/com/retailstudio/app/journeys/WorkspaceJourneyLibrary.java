package com.retailstudio.app.journeys;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewRefusedException;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.DocumentStore;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.JourneyDraftStore.StoredDraft;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.ReviewStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.library.JourneyLibrary;
import com.retailstudio.designer.library.JourneyVersion;
import com.retailstudio.designer.library.LibraryEntry;
import com.retailstudio.designer.library.SubmissionRefusedException;
import com.retailstudio.designer.model.Journey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * The journey library over the workspace: drafts in the {@code journey_drafts} table, versions as {@code journey}
 * documents, submissions through the {@link ReviewWorkflow} (which refuses a journey with lint errors).
 */
public final class WorkspaceJourneyLibrary implements JourneyLibrary {

    private static final System.Logger LOG = System.getLogger(WorkspaceJourneyLibrary.class.getName());

    private final Workspace workspace;
    private final ReviewWorkflow workflow;
    /**
     * The revision of each draft as this editor last read or wrote it. A save names it, so a draft someone else saved
     * meanwhile (another process on a team workspace) is refused with who changed it instead of overwritten.
     */
    private final Map<String, Integer> revisions = new ConcurrentHashMap<>();

    public WorkspaceJourneyLibrary(Workspace workspace, ReviewWorkflow workflow) {
        this.workspace = workspace;
        this.workflow = workflow;
    }

    @Override
    public List<LibraryEntry> list() {
        return workspace.journeyDrafts().list().stream().map(draft -> new LibraryEntry(draft.journeyId(),
                draft.name(), status(draft.journeyId()), draft.author(), draft.updatedAt(), draft.steps())).toList();
    }

    /** "Draft" before any version, else the newest version and where its review stands, e.g. "v2 in review". */
    private String status(String id) {
        Optional<DocumentVersion> latest = workspace.documents().latest(DocumentChecks.JOURNEY, id);
        if (latest.isEmpty()) {
            return "Draft";
        }
        int version = latest.get().version();
        return "v" + version + " " + reviewState(id, version);
    }

    @Override
    public Optional<Journey> draft(String id) {
        Optional<StoredDraft> stored = workspace.journeyDrafts().get(id);
        stored.ifPresent(draft -> revisions.put(id, draft.revision()));
        return stored.flatMap(WorkspaceJourneyLibrary::read);
    }

    private static Optional<Journey> read(StoredDraft draft) {
        try {
            return Optional.of(JourneyJson.parse(draft.body()));
        } catch (JourneyFormatException e) {
            // Drafts are written by this code; a draft that no longer reads is reported, not fatal to the list.
            LOG.log(System.Logger.Level.WARNING, "The draft of journey {0} cannot be read: {1}", draft.journeyId(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Refuses a new journey (an imported file, a template) whose id differs from another journey's only in case, with
     * the sentence the designer shows; edits of an existing draft are not checked again.
     */
    @Override
    public void saveDraft(Journey journey) {
        if (workspace.journeyDrafts().get(journey.id()).isEmpty()) {
            Optional<String> clash = workspace.journeyDrafts().list().stream().map(StoredDraft::journeyId)
                    .filter(id -> !id.equals(journey.id()) && id.equalsIgnoreCase(journey.id())).findFirst()
                    .or(() -> workspace.documents().differingOnlyInCase(DocumentChecks.JOURNEY, journey.id()));
            if (clash.isPresent()) {
                throw new IllegalArgumentException(
                        DocumentStore.caseClash(DocumentChecks.JOURNEY, journey.id(), clash.get()));
            }
        }
        Integer basedOn = revisions.get(journey.id());
        StoredDraft saved = basedOn == null
                // Not opened through this library (a new journey, an import): written as it is.
                ? workspace.journeyDrafts().put(journey.id(), journey.name(), journey.nodes().size(),
                        JourneyJson.toJson(journey))
                : workspace.journeyDrafts().save(journey.id(), journey.name(), journey.nodes().size(),
                        JourneyJson.toJson(journey), basedOn);
        revisions.put(journey.id(), saved.revision());
    }

    @Override
    public void deleteDraft(String id) {
        workspace.journeyDrafts().delete(id);
        revisions.remove(id);
    }

    @Override
    public List<JourneyVersion> versions(String id) {
        List<JourneyVersion> versions = new ArrayList<>();
        for (DocumentVersion stored : workspace.documents().history(DocumentChecks.JOURNEY, id)) {
            try {
                versions.add(new JourneyVersion(stored.version(), stored.author(), stored.createdAt(),
                        reviewState(id, stored.version()), JourneyJson.parse(stored.body())));
            } catch (JourneyFormatException e) {
                // A version imported from the command line before a format change: listed nowhere rather than
                // breaking the whole history.
                LOG.log(System.Logger.Level.WARNING, "Version {0} of journey {1} cannot be read: {2}",
                        stored.version(), id, e.getMessage());
            }
        }
        return versions;
    }

    private String reviewState(String id, int version) {
        return reviewState(workspace, id, version);
    }

    /** "saved" when never submitted, else the review's state in words, e.g. "changes requested". */
    public static String reviewState(Workspace workspace, String id, int version) {
        return workspace.reviews().find(DocumentChecks.JOURNEY, id, version).map(Review::state)
                .map(ReviewStore::stateInWords).orElse("saved");
    }

    /** An unchanged journey is not saved again: its newest version already holds it. */
    @Override
    public int saveVersion(Journey journey) {
        return saveVersion(journey, "draft").version();
    }

    /** The version's file carries its version number; the working draft is left as it is. */
    private DocumentVersion saveVersion(Journey journey, String status) {
        int next = workspace.documents().latest(DocumentChecks.JOURNEY, journey.id())
                .map(v -> v.version() + 1).orElse(1);
        return ReviewWorkflow.saveUnlessUnchanged(workspace, new DocumentDraft(DocumentChecks.JOURNEY, journey.id(),
                status, JourneyJson.toJson(journey.withVersion(next))), workspace.currentUser(),
                newest -> holds(newest, journey));
    }

    /** Whether the stored version is the journey, apart from the version number each version carries. */
    private static boolean holds(DocumentVersion stored, Journey journey) {
        try {
            return JourneyJson.parse(stored.body())
                    .equals(JourneyJson.parse(JourneyJson.toJson(journey.withVersion(stored.version()))));
        } catch (JourneyFormatException e) {
            return false;
        }
    }

    /**
     * Submits the journey's newest version when it already holds the journey (Save version, then Submit), else a new
     * version; refused when that version was submitted before, so nothing is queued twice.
     */
    @Override
    public int submitForReview(Journey journey) {
        List<String> problems = DocumentChecks.journeyProblems(JourneyJson.toJson(journey));
        if (!problems.isEmpty()) {
            throw new SubmissionRefusedException(journey.name() + " cannot be submitted for review: "
                    + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " must be fixed first, starting with: " + problems.get(0));
        }
        DocumentVersion saved = saveVersion(journey, "draft");
        try {
            workflow.submit(DocumentChecks.JOURNEY, journey.id(), workspace.currentUser());
        } catch (ReviewRefusedException e) {
            throw new SubmissionRefusedException(e.getMessage());
        }
        return saved.version();
    }
}
