package com.retailstudio.app.portfolio;

import com.retailstudio.app.approval.PortfolioRulesCheck;
import com.retailstudio.app.approval.ReviewRefusedException;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.ReviewStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.PortfolioRulesReader;
import com.retailstudio.designer.io.PortfolioRulesWriter;
import com.retailstudio.designer.library.PortfolioRulesLibrary;
import com.retailstudio.designer.library.PortfolioRulesVersion;
import com.retailstudio.designer.library.SubmissionRefusedException;
import com.retailstudio.designer.model.PortfolioRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Portfolio rules in the workspace, as segments and journeys are: each save is a new version of a
 * {@value PortfolioRulesCheck#KIND} document (the {@code documents} table, on H2 and PostgreSQL alike, audited as
 * {@code document.saved}), saved over the version the editor read; versions are submitted and approved through the
 * {@link ReviewWorkflow} (four eyes, signed, audited) and exported in the bundle.
 */
public final class WorkspacePortfolioLibrary implements PortfolioRulesLibrary {

    /** The id of the workspace's rule set when nobody names another. */
    public static final String DEFAULT_ID = "default";

    private static final System.Logger LOG = System.getLogger(WorkspacePortfolioLibrary.class.getName());

    private final Workspace workspace;
    private final ReviewWorkflow workflow;

    public WorkspacePortfolioLibrary(Workspace workspace, ReviewWorkflow workflow) {
        this.workspace = workspace;
        this.workflow = workflow;
    }

    /** The ids of every rule set in the workspace. */
    public List<String> ids() {
        return workspace.documents().list(PortfolioRulesCheck.KIND).stream().map(DocumentVersion::id).toList();
    }

    @Override
    public List<PortfolioRulesVersion> history(String id) {
        List<PortfolioRulesVersion> versions = new ArrayList<>();
        for (DocumentVersion stored : workspace.documents().history(PortfolioRulesCheck.KIND, id)) {
            read(stored).ifPresent(versions::add);
        }
        return List.copyOf(versions);
    }

    @Override
    public PortfolioRulesVersion save(PortfolioRules rules, int basedOnVersion) {
        DocumentVersion saved = workspace.documents().saveDocumentOver(new DocumentDraft(PortfolioRulesCheck.KIND,
                rules.id(), "saved", PortfolioRulesWriter.write(rules)), basedOnVersion);
        return new PortfolioRulesVersion(rules, saved.version(), saved.author(), saved.createdAt(), "saved");
    }

    /** Saves the rules as their next version by {@code author} (the command line's import and {@code --as}). */
    public PortfolioRulesVersion saveAs(PortfolioRules rules, String author) {
        DocumentVersion saved = workspace.documents().saveDocumentAs(new DocumentDraft(PortfolioRulesCheck.KIND,
                rules.id(), "saved", PortfolioRulesWriter.write(rules)), author);
        return new PortfolioRulesVersion(rules, saved.version(), saved.author(), saved.createdAt(), "saved");
    }

    @Override
    public PortfolioRulesVersion submitForReview(String id) {
        try {
            workflow.submit(PortfolioRulesCheck.KIND, id, workspace.currentUser());
        } catch (ReviewRefusedException e) {
            throw new SubmissionRefusedException(e.getMessage());
        }
        return latest(id).orElseThrow();
    }

    private Optional<PortfolioRulesVersion> read(DocumentVersion stored) {
        try {
            String state = workspace.reviews().find(stored.kind(), stored.id(), stored.version())
                    .map(review -> ReviewStore.stateInWords(review.state())).orElse("saved");
            return Optional.of(new PortfolioRulesVersion(PortfolioRulesReader.parse(stored.body()), stored.version(),
                    stored.author(), stored.createdAt(), state));
        } catch (JourneyFormatException e) {
            // written by this code; a version that no longer reads is left out and said in the log
            LOG.log(System.Logger.Level.WARNING, "Portfolio rules {0} v{1} cannot be read: {2}", stored.id(),
                    stored.version(), e.getMessage());
            return Optional.empty();
        }
    }
}
