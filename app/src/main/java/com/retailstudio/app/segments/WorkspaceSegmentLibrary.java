package com.retailstudio.app.segments;

import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.SegmentJson;
import com.retailstudio.designer.library.SegmentInUseException;
import com.retailstudio.designer.library.SegmentLibrary;
import com.retailstudio.designer.library.SegmentUse;
import com.retailstudio.designer.library.SegmentUsers;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Saved segments in the workspace, as journeys' versions are: each save is a new version of a {@code segment}
 * document (the {@code documents} table, on H2 and PostgreSQL alike, audited as {@code document.saved}), saved over
 * the version the editor read so that someone else's newer version is never overwritten.
 *
 * <p>Saved versions never change (PostgreSQL's rules refuse it), so deleting a segment saves one more version with the
 * status {@value #DELETED} (audited as any save, {@code document.saved} "status deleted"): the lists leave it out, its
 * versions stay readable, and it is refused while a journey's draft or saved version uses it. A deletion is one
 * transaction ({@link Workspace#inOneTransaction}): the version, its audit entry and the check of the segment's users
 * commit together or not at all.
 */
public final class WorkspaceSegmentLibrary implements SegmentLibrary {

    /** The document kind of a segment. */
    public static final String KIND = "segment";
    /** The status of the version that marks a segment deleted. */
    public static final String DELETED = "deleted";

    private static final System.Logger LOG = System.getLogger(WorkspaceSegmentLibrary.class.getName());

    private final Workspace workspace;
    private final SegmentUsers users;

    /** The workspace's segments, used by the workspace's journeys. */
    public WorkspaceSegmentLibrary(Workspace workspace) {
        this(workspace, new WorkspaceSegmentUsers(workspace));
    }

    public WorkspaceSegmentLibrary(Workspace workspace, SegmentUsers users) {
        this.workspace = workspace;
        this.users = users;
    }

    @Override
    public List<SegmentVersion> list() {
        return readable(workspace.documents().list(KIND).stream().filter(v -> !DELETED.equals(v.status())).toList());
    }

    @Override
    public List<SegmentVersion> history(String id) {
        return readable(workspace.documents().history(KIND, id).stream().filter(v -> !DELETED.equals(v.status()))
                .toList());
    }

    @Override
    public void delete(String id, int basedOnVersion) {
        workspace.inOneTransaction(() -> {
            DocumentVersion newest = workspace.documents().latest(KIND, id).filter(v -> !DELETED.equals(v.status()))
                    .orElseThrow(() -> new IllegalStateException("There is no segment '" + id + "' to delete."));
            // Written first, with its audit entry, so that no one can save the segment while its users are read (on
            // PostgreSQL the new version's key stays locked until the end); a refusal or any failure after it takes
            // the version and the entry back with it. The body is the last version's, so every version reads as a
            // segment; the store refuses it if someone saved since.
            workspace.documents().saveDocumentOver(new DocumentDraft(KIND, id, DELETED, newest.body()),
                    basedOnVersion);
            List<SegmentUse> uses = users.of(id);
            if (!uses.isEmpty()) {
                throw new SegmentInUseException(read(newest).map(v -> v.segment().name()).orElse(id), uses);
            }
            return null;
        });
    }

    @Override
    public Set<String> takenIds() {
        return workspace.documents().list(KIND).stream().map(DocumentVersion::id).collect(Collectors.toSet());
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
