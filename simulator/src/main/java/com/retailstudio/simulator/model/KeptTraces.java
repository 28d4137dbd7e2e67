package com.retailstudio.simulator.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The traces part of {@link SimulationResults}: the traces of requested customers and of the first entering ones, and
 * example traces by the combination of their {@link TraceReason}s; each kept set is the first customers in id order,
 * so partitions merge to the same traces whatever the partitioning.
 */
final class KeptTraces implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int traceFirst;
    private final int tracesPerReasons;
    private final TreeMap<String, CustomerTrace> traces = new TreeMap<>();
    private int keptUnrequested;
    private String lastUnrequested;
    /** Example traces by the mask of their reasons, each the first customers in id order (see {@link TraceReason}). */
    private final TreeMap<Integer, TreeMap<String, List<TraceStep>>> reasonTraces = new TreeMap<>();

    KeptTraces(int traceFirst, int tracesPerReasons) {
        if (tracesPerReasons < 0) {
            throw new IllegalArgumentException("tracesPerReasons must be 0 or more");
        }
        this.traceFirst = traceFirst;
        this.tracesPerReasons = tracesPerReasons;
    }

    void merge(KeptTraces other) {
        traces.putAll(other.traces);
        trimTraces();
        other.reasonTraces.forEach((mask, kept) -> kept.forEach((id, steps) -> keepReasonTrace(mask, id, steps)));
    }

    void trace(String customerId, boolean requested, List<TraceStep> steps) {
        traces.put(customerId, new CustomerTrace(customerId, requested, List.copyOf(steps)));
        trimTraces();
    }

    boolean wantsReasonTrace(int reasons, String customerId) {
        if (tracesPerReasons == 0) {
            return false;
        }
        TreeMap<String, List<TraceStep>> kept = reasonTraces.get(reasons);
        return kept == null || kept.size() < tracesPerReasons || customerId.compareTo(kept.lastKey()) < 0;
    }

    void reasonTrace(int reasons, String customerId, List<TraceStep> steps) {
        if (wantsReasonTrace(reasons, customerId)) {
            keepReasonTrace(reasons, customerId, List.copyOf(steps));
        }
    }

    private void keepReasonTrace(int reasons, String customerId, List<TraceStep> steps) {
        if (tracesPerReasons == 0) {
            return;
        }
        TreeMap<String, List<TraceStep>> kept = reasonTraces.computeIfAbsent(reasons, m -> new TreeMap<>());
        kept.put(customerId, steps);
        while (kept.size() > tracesPerReasons) {
            kept.pollLastEntry();
        }
    }

    boolean wantsTrace(String customerId) {
        return keptUnrequested < traceFirst || lastUnrequested != null && customerId.compareTo(lastUnrequested) < 0;
    }

    private void trimTraces() {
        int unrequested = 0;
        String last = null;
        for (var it = traces.entrySet().iterator(); it.hasNext(); ) {
            CustomerTrace t = it.next().getValue();
            if (!t.requested()) {
                if (++unrequested > traceFirst) {
                    it.remove();
                    unrequested--;
                } else {
                    last = t.customerId();
                }
            }
        }
        keptUnrequested = unrequested;
        lastUnrequested = last;
    }

    Map<String, List<TraceStep>> traces() {
        Map<String, List<TraceStep>> map = new LinkedHashMap<>();
        traces.values().forEach(t -> map.put(t.customerId(), t.steps()));
        return Collections.unmodifiableMap(map);
    }

    List<ReasonTrace> reasonTraces() {
        TreeMap<String, ReasonTrace> byId = new TreeMap<>();
        reasonTraces.forEach((mask, kept) -> kept.forEach((id, steps) ->
                byId.put(id, new ReasonTrace(id, TraceReason.of(mask), steps))));
        return List.copyOf(byId.values());
    }

    private record CustomerTrace(String customerId, boolean requested, List<TraceStep> steps)
            implements Serializable {
    }
}
