package com.retailstudio.designer.library;

import com.retailstudio.designer.lint.Finding;
import com.retailstudio.designer.lint.Lint;
import com.retailstudio.designer.lint.Severity;
import com.retailstudio.designer.model.Journey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A library kept in memory: for rendered previews, which must never change the workspace, and for benchmarks.
 * Versions are kept in memory too; a submission is refused on lint errors like the workspace's.
 */
public final class InMemoryJourneyLibrary implements JourneyLibrary {

    private record Stored(Journey journey, LibraryEntry entry) {
    }

    private final Map<String, Stored> drafts = new LinkedHashMap<>();
    private final Map<String, List<JourneyVersion>> versions = new HashMap<>();
    private final Clock clock;
    private final String author;

    public InMemoryJourneyLibrary(Clock clock, String author) {
        this.clock = clock;
        this.author = author;
    }

    /** A library holding a copy of the other's drafts, changed from then on only in memory. */
    public static InMemoryJourneyLibrary copyOf(JourneyLibrary other, Clock clock, String author) {
        InMemoryJourneyLibrary copy = new InMemoryJourneyLibrary(clock, author);
        for (LibraryEntry entry : other.list()) {
            other.draft(entry.id()).ifPresent(journey -> copy.drafts.put(entry.id(), new Stored(journey, entry)));
        }
        return copy;
    }

    @Override
    public synchronized List<LibraryEntry> list() {
        return drafts.values().stream().map(Stored::entry)
                .sorted(Comparator.comparing(LibraryEntry::lastChanged).reversed()).toList();
    }

    @Override
    public synchronized Optional<Journey> draft(String id) {
        return Optional.ofNullable(drafts.get(id)).map(Stored::journey);
    }

    @Override
    public synchronized void saveDraft(Journey journey) {
        drafts.put(journey.id(), new Stored(journey, new LibraryEntry(journey.id(), journey.name(),
                status(journey.id(), "saved"), author, clock.instant(), journey.nodes().size())));
    }

    @Override
    public synchronized void deleteDraft(String id) {
        drafts.remove(id);
    }

    @Override
    public synchronized List<JourneyVersion> versions(String id) {
        List<JourneyVersion> kept = new ArrayList<>(versions.getOrDefault(id, List.of()));
        Collections.reverse(kept);
        return List.copyOf(kept);
    }

    @Override
    public synchronized int saveVersion(Journey journey) {
        return freeze(journey, "saved");
    }

    private int freeze(Journey journey, String state) {
        List<JourneyVersion> kept = versions.computeIfAbsent(journey.id(), id -> new ArrayList<>());
        int version = kept.size() + 1;
        kept.add(new JourneyVersion(version, author, clock.instant(), state, journey.withVersion(version)));
        saveDraft(journey);
        return version;
    }

    @Override
    public synchronized int submitForReview(Journey journey) {
        List<Finding> errors = Lint.check(journey).stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new SubmissionRefusedException(journey.name() + " cannot be submitted: " + errors.size()
                    + (errors.size() == 1 ? " error" : " errors") + " must be fixed first, starting with: "
                    + errors.get(0).message());
        }
        int version = freeze(journey, "in review");
        drafts.put(journey.id(), new Stored(journey, new LibraryEntry(journey.id(), journey.name(),
                "v" + version + " in review", author, clock.instant(), journey.nodes().size())));
        return version;
    }

    private String status(String id, String state) {
        List<JourneyVersion> kept = versions.getOrDefault(id, List.of());
        return kept.isEmpty() ? "Draft" : "v" + kept.size() + " " + state;
    }
}
