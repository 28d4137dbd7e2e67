package com.retailstudio.app.segments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.JourneyDraftStore.StoredDraft;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.library.SegmentUse;
import com.retailstudio.designer.library.SegmentUsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace's journeys that take their audience from a segment: every working draft and every saved version of
 * every journey (also of one whose draft was deleted), read as far as their {@code audienceSegment}, so a journey file
 * that no longer reads in full still counts.
 */
public final class WorkspaceSegmentUsers implements SegmentUsers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;

    public WorkspaceSegmentUsers(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public List<SegmentUse> of(String segmentId) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> where = new LinkedHashMap<>();
        for (StoredDraft draft : workspace.journeyDrafts().list()) {
            if (names(draft.body(), segmentId)) {
                names.put(draft.journeyId(), draft.name());
                where.computeIfAbsent(draft.journeyId(), id -> new ArrayList<>()).add("draft");
            }
        }
        for (DocumentVersion latest : workspace.documents().list(DocumentChecks.JOURNEY)) {
            List<DocumentVersion> oldestFirst = new ArrayList<>(workspace.documents().history(DocumentChecks.JOURNEY,
                    latest.id()));
            oldestFirst.sort((a, b) -> Integer.compare(a.version(), b.version()));
            for (DocumentVersion version : oldestFirst) {
                if (names(version.body(), segmentId)) {
                    names.putIfAbsent(version.id(), name(version.body(), version.id()));
                    where.computeIfAbsent(version.id(), id -> new ArrayList<>()).add("v" + version.version());
                }
            }
        }
        return where.entrySet().stream().map(e -> new SegmentUse(e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
    }

    /** Whether the journey file's audience is the segment. */
    private static boolean names(String body, String segmentId) {
        if (!body.contains(segmentId)) {
            return false; // most journeys: no need to read them
        }
        return tree(body).path("audienceSegment").path("id").asText("").equals(segmentId);
    }

    private static String name(String body, String fallback) {
        return tree(body).path("name").asText(fallback);
    }

    private static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            // stored documents are JSON (the store refuses anything else); this is not reached in practice
            return JSON.missingNode();
        }
    }
}
