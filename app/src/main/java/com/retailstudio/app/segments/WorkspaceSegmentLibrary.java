package com.retailstudio.app.segments;

import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.SegmentJson;
import com.retailstudio.designer.library.SegmentLibrary;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Saved segments in the workspace, as journeys' versions are: each save is a new version of a {@code segment}
 * document (the {@code documents} table, on H2 and PostgreSQL alike, audited as {@code document.saved}), saved over
 * the version the editor read so that someone else's newer version is never overwritten.
 */
public final class WorkspaceSegmentLibrary implements SegmentLibrary {

    /** The document kind of a segment. */
    public static final String KIND = "segment";

    private static final System.Logger LOG = System.getLogger(WorkspaceSegmentLibrary.class.getName());

    private final Workspace workspace;

    public WorkspaceSegmentLibrary(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public List<SegmentVersion> list() {
        return readable(workspace.documents().list(KIND));
    }

    @Override
    public List<SegmentVersion> history(String id) {
        return readable(workspace.documents().history(KIND, id));
    }

    @Override
    public SegmentVersion save(Segment segment, int basedOnVersion) {
        DocumentVersion saved = workspace.documents().saveDocumentOver(
                new DocumentDraft(KIND, segment.id(), "saved", SegmentJson.toJson(segment)), basedOnVersion);
        return new SegmentVersion(segment, saved.version(), saved.author(), saved.createdAt());
    }

    private static List<SegmentVersion> readable(List<DocumentVersion> stored) {
        List<SegmentVersion> versions = new ArrayList<>();
        for (DocumentVersion version : stored) {
            read(version).ifPresent(versions::add);
        }
        return List.copyOf(versions);
    }

    private static Optional<SegmentVersion> read(DocumentVersion stored) {
        try {
            return Optional.of(new SegmentVersion(SegmentJson.parse(stored.body()), stored.version(),
                    stored.author(), stored.createdAt()));
        } catch (JourneyFormatException e) {
            // written by this code; one that no longer reads is left out of the lists and said in the log
            LOG.log(System.Logger.Level.WARNING, "Segment {0} v{1} cannot be read: {2}", stored.id(),
                    stored.version(), e.getMessage());
            return Optional.empty();
        }
    }
}
