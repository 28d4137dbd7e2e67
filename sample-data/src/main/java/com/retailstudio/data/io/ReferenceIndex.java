package com.retailstudio.data.io;

import com.retailstudio.data.model.Store;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The ids other files may refer to (customers, products, stores, with store floor sizes), each numbered in the
 * order it was added. References to an entity are only checked once that entity is marked {@linkplain #markLoaded loaded},
 * so a missing customers file does not bury its own error under a reference error per event.
 */
public final class ReferenceIndex {

    private static final IdTable EMPTY = new IdTable();

    private final Map<Reference, IdTable> ids = new EnumMap<>(Reference.class);
    private final Set<Reference> loaded = EnumSet.noneOf(Reference.class);
    private final Map<String, double[]> storeFloors = new HashMap<>();
    /** Per entity, ids whose rows were rejected and the line of each, so a reference to one is named a consequence. */
    private final Map<Reference, Map<String, Long>> rejected = new EnumMap<>(Reference.class);
    /**
     * Per entity, the id the reader found last (the very String the table holds) and its number: a loader that asks
     * for the number of the id it was just handed gets it by identity, without a second lookup.
     */
    private final String[] lastFound = new String[Reference.values().length];
    private final int[] lastFoundIndex = new int[Reference.values().length];

    /** An index that knows nothing yet and checks no references. */
    public static ReferenceIndex empty() {
        return new ReferenceIndex();
    }

    /** Registers an id; returns false when it was already known. */
    public boolean add(Reference entity, String id) {
        return ids.computeIfAbsent(entity, e -> new IdTable()).add(id);
    }

    /**
     * Remembers that the row defining {@code id} on {@code line} was rejected: references to it are then reported as
     * consequences of that row's error rather than as unknown ids. The first rejected row of an id is kept.
     */
    public void reject(Reference entity, String id, long line) {
        rejected.computeIfAbsent(entity, e -> new HashMap<>()).putIfAbsent(id, line);
    }

    /** The line of the rejected row that defined {@code id}, if its row was rejected. */
    public OptionalLong rejectedLine(Reference entity, String id) {
        Long line = rejected.getOrDefault(entity, Map.of()).get(id);
        return line == null ? OptionalLong.empty() : OptionalLong.of(line);
    }

    /** Registers a store with its floor size, so zones and readings can be checked to lie inside it. */
    public boolean addStore(Store store) {
        storeFloors.putIfAbsent(store.storeId(), new double[] {store.widthM(), store.depthM()});
        return add(Reference.STORE, store.storeId());
    }

    /** From now on, references to {@code entity} must name a registered id. */
    public void markLoaded(Reference entity) {
        loaded.add(entity);
    }

    public boolean isLoaded(Reference entity) {
        return loaded.contains(entity);
    }

    /** Whether a reference to {@code id} is acceptable: the entity is not loaded (unchecked) or knows the id. */
    public boolean accepts(Reference entity, String id) {
        return !loaded.contains(entity) || table(entity).indexOf(id) != IdTable.ABSENT;
    }

    /** The registered id String spelled by the UTF-8 bytes {@code text[from, to)}, or null when it is not registered. */
    String find(Reference entity, byte[] text, int from, int to) {
        IdTable known = table(entity);
        int index = known.indexOf(text, from, to);
        if (index == IdTable.ABSENT) {
            return null;
        }
        String id = known.id(index);
        lastFound[entity.ordinal()] = id;
        lastFoundIndex[entity.ordinal()] = index;
        return id;
    }

    /** The ids of {@code entity}, for lookups straight from a field's bytes; empty when none were added. */
    IdTable table(Reference entity) {
        IdTable known = ids.get(entity);
        return known != null ? known : EMPTY;
    }

    /** The number of {@code id} in the order of registration. */
    public OptionalInt indexOf(Reference entity, String id) {
        if (id == lastFound[entity.ordinal()]) {
            return OptionalInt.of(lastFoundIndex[entity.ordinal()]);
        }
        int index = table(entity).indexOf(id);
        return index == IdTable.ABSENT ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public int count(Reference entity) {
        return table(entity).size();
    }

    /** Width and depth in metres of a registered store. */
    Optional<double[]> storeFloor(String storeId) {
        return Optional.ofNullable(storeFloors.get(storeId));
    }
}
