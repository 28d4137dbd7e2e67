package com.retailstudio.designer.library;

import com.retailstudio.designer.model.Segment;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Segments kept in memory: for tests, and for previews that must never change the workspace. */
public final class InMemorySegmentLibrary implements SegmentLibrary {
    private final Map<String, List<SegmentVersion>> versions = new TreeMap<>();
    private final Set<String> deleted = new HashSet<>();
    private final Clock clock;
    private final String author;
    private final SegmentUsers users;

    /** A library no journey uses. */
    public InMemorySegmentLibrary(Clock clock, String author) {
        this(clock, author, SegmentUsers.none());
    }

    /** A library whose segments {@code users} may use: deleting one they use is refused. */
    public InMemorySegmentLibrary(Clock clock, String author, SegmentUsers users) {
        this.clock = clock;
        this.author = author;
        this.users = users;
    }

    /** A copy of another library's segments, every version kept. */
    public static InMemorySegmentLibrary copyOf(SegmentLibrary library, Clock clock, String author) {
        InMemorySegmentLibrary copy = new InMemorySegmentLibrary(clock, author);
        for (SegmentVersion latest : library.list()) {
            List<SegmentVersion> oldestFirst = new ArrayList<>(library.history(latest.segment().id()));
            Collections.reverse(oldestFirst);
            copy.versions.put(latest.segment().id(), oldestFirst);
        }
        return copy;
    }

    @Override
    public synchronized List<SegmentVersion> list() {
        return versions.entrySet().stream().filter(e -> !deleted.contains(e.getKey()))
                .map(e -> e.getValue().get(e.getValue().size() - 1)).toList();
    }

    @Override
    public synchronized List<SegmentVersion> history(String id) {
        List<SegmentVersion> newestFirst = new ArrayList<>(versions.getOrDefault(id, List.of()));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public synchronized SegmentVersion save(Segment segment, int basedOnVersion) {
        versions.keySet().stream().filter(id -> !id.equals(segment.id()) && id.equalsIgnoreCase(segment.id()))
                .findFirst().ifPresent(clash -> {
                    throw new IllegalArgumentException("There is already a segment '" + clash + "', and '"
                            + segment.id() + "' differs from it only in case.");
                });
        if (deleted.contains(segment.id())) {
            throw new IllegalStateException("The segment '" + segment.id() + "' was deleted.");
        }
        List<SegmentVersion> list = versions.computeIfAbsent(segment.id(), id -> new ArrayList<>());
        if (list.size() != basedOnVersion && list.isEmpty()) {
            throw new IllegalStateException("The segment '" + segment.id() + "' has no version " + basedOnVersion + ".");
        }
        if (list.size() != basedOnVersion) {
            SegmentVersion newer = list.get(list.size() - 1);
            throw new IllegalStateException("The segment '" + segment.id() + "' was changed by " + newer.author()
                    + " (version " + newer.number() + "); open it again to see their change.");
        }
        SegmentVersion saved = new SegmentVersion(segment, list.size() + 1, author, clock.instant());
        list.add(saved);
        return saved;
    }

    @Override
    public synchronized void delete(String id, int basedOnVersion) {
        SegmentVersion newest = latest(id).filter(v -> !deleted.contains(id)).orElseThrow(() ->
                new IllegalStateException("There is no segment '" + id + "' to delete."));
        if (newest.number() != basedOnVersion) {
            throw new IllegalStateException("The segment '" + id + "' was changed by " + newest.author()
                    + " (version " + newest.number() + "); open it again to see their change.");
        }
        List<SegmentUse> uses = users.of(id);
        if (!uses.isEmpty()) {
            throw new SegmentInUseException(newest.segment().name(), uses);
        }
        deleted.add(id);
    }

    @Override
    public synchronized Set<String> takenIds() {
        return Set.copyOf(versions.keySet());
    }
}
