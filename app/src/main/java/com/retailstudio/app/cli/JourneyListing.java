package com.retailstudio.app.cli;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.JourneyDraftStore.StoredDraft;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lines of {@code journey list}: every journey with a draft or a version, ordered by id, as tab-separated
 * columns a pipeline can cut: id, name, draft changed at, newest version, its review state, author. A column with
 * nothing to say holds {@code -}; no column is ever empty and none holds a tab or a line break.
 */
final class JourneyListing {

    /** The column for "nothing here", e.g. the draft time of a journey that has only versions. */
    static final String NONE = "-";

    private JourneyListing() {
    }

    static List<String> lines(Workspace workspace) {
        Map<String, StoredDraft> drafts = workspace.journeyDrafts().list().stream()
                .collect(Collectors.toMap(StoredDraft::journeyId, Function.identity()));
        Map<String, DocumentVersion> versions = workspace.documents().list(DocumentChecks.JOURNEY).stream()
                .collect(Collectors.toMap(DocumentVersion::id, Function.identity()));
        TreeMap<String, Boolean> ids = new TreeMap<>();
        drafts.keySet().forEach(id -> ids.put(id, true));
        versions.keySet().forEach(id -> ids.put(id, true));
        List<String> lines = new ArrayList<>();
        for (String id : ids.keySet()) {
            Optional<StoredDraft> draft = Optional.ofNullable(drafts.get(id));
            Optional<DocumentVersion> newest = Optional.ofNullable(versions.get(id));
            String name = draft.map(StoredDraft::name).or(() -> newest.flatMap(JourneyListing::name)).orElse(id);
            String changed = draft.map(d -> DateTimeFormatter.ISO_INSTANT.format(d.updatedAt())).orElse(NONE);
            String version = newest.map(v -> "v" + v.version()).orElse(NONE);
            String state = newest.map(v -> workspace.reviews().find(DocumentChecks.JOURNEY, id, v.version())
                    .map(r -> r.state().name().toLowerCase(Locale.ROOT)).orElse("saved")).orElse(NONE);
            String author = draft.map(StoredDraft::author).or(() -> newest.map(DocumentVersion::author)).orElse(NONE);
            lines.add(String.join("\t", cell(id), cell(name), changed, version, state, cell(author)));
        }
        return lines;
    }

    private static Optional<String> name(DocumentVersion version) {
        try {
            return Optional.of(JourneyJson.parse(version.body()).name());
        } catch (JourneyFormatException e) {
            return Optional.empty();
        }
    }

    /** Tabs and line breaks would split a line or a column: they become spaces; an empty value becomes "-". */
    private static String cell(String value) {
        String clean = value.replaceAll("[\\t\\r\\n]+", " ").strip();
        return clean.isEmpty() ? NONE : clean;
    }
}
