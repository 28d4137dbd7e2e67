package com.retailstudio.simulator.model;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The choices of a simulation run where leading tools differ (see docs/journey-semantics.md). Serializable so that a
 * distributed run (simulator-spark) sends the driver's settings to its tasks unchanged.
 *
 * @param seed            seeds random splits and simulated responses; same seed, same results
 * @param quietHours      what a send caught by quiet hours does
 * @param capped          what a customer at a frequency cap does
 * @param countDataSends  whether the data's own message_sent events count towards frequency caps and fatigue
 * @param fatigueWindow   how far back "recent messages" reach for next-best-action fatigue
 * @param traceCustomers  customers whose every step is recorded
 * @param traceFirst      additionally trace the first this many entering customers (by customer order)
 * @param tracesPerReasons keep this many example traces for each combination of {@link TraceReason}s that occurs
 *                        (the first customers in id order), for the trace search; 0 keeps none
 */
public record SimulationSettings(long seed, QuietHoursMode quietHours, CappedMode capped, boolean countDataSends,
        Duration fatigueWindow, Set<String> traceCustomers, int traceFirst, int tracesPerReasons)
        implements Serializable {

    public SimulationSettings {
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(capped, "capped");
        Objects.requireNonNull(fatigueWindow, "fatigueWindow");
        traceCustomers = Set.copyOf(traceCustomers);
        if (traceFirst < 0 || tracesPerReasons < 0) {
            throw new IllegalArgumentException("traceFirst and tracesPerReasons must be 0 or more");
        }
    }

    /** The documented defaults (Braze-like) with the given seed. */
    public static SimulationSettings defaults(long seed) {
        return new SimulationSettings(seed, QuietHoursMode.DEFER, CappedMode.ADVANCE, true, Duration.ofDays(7),
                Set.of(), 5, 0);
    }

    public SimulationSettings withQuietHours(QuietHoursMode mode) {
        return new SimulationSettings(seed, mode, capped, countDataSends, fatigueWindow, traceCustomers, traceFirst,
                tracesPerReasons);
    }

    public SimulationSettings withCapped(CappedMode mode) {
        return new SimulationSettings(seed, quietHours, mode, countDataSends, fatigueWindow, traceCustomers, traceFirst,
                tracesPerReasons);
    }

    public SimulationSettings withCountDataSends(boolean count) {
        return new SimulationSettings(seed, quietHours, capped, count, fatigueWindow, traceCustomers, traceFirst,
                tracesPerReasons);
    }

    public SimulationSettings withTrace(Set<String> customers, int first) {
        return new SimulationSettings(seed, quietHours, capped, countDataSends, fatigueWindow, customers, first,
                tracesPerReasons);
    }

    /** The same settings keeping {@code perCombination} example traces for each combination of reasons. */
    public SimulationSettings withReasonTraces(int perCombination) {
        return new SimulationSettings(seed, quietHours, capped, countDataSends, fatigueWindow, traceCustomers,
                traceFirst, perCombination);
    }

    /** A send caught by quiet hours is held until the window ends (default) or dropped. */
    public enum QuietHoursMode { DEFER, DROP }

    /** A customer at a frequency cap moves on without the message (default) or leaves the journey. */
    public enum CappedMode { ADVANCE, EXIT }
}
