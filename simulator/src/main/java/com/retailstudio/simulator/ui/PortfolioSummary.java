package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.Uplift;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the Simulation section shows of a portfolio run (docs/journey-semantics.md, "Portfolio"): per journey and for
 * the whole portfolio, the sends, the suppressions by reason, the conversions and the uplift against the global
 * control, and how many incremental conversions the journeys make together against the sum of each alone (the
 * cannibalisation). Derived once from the engine's results, so the view only binds.
 *
 * @param rulesName             the rules the journeys ran under, as the user chose them
 * @param customers             customers in the data set
 * @param journeys              one line per journey, in the order they were decided (priority first)
 * @param portfolio             the whole portfolio: sends and suppressions summed, conversions and uplift of its
 *                              customers (converted on the goal of any journey they entered)
 * @param unmeasuredCustomers   treated customers whose set of journeys entered has no customer in the global control,
 *                              so their incremental conversions cannot be measured
 * @param aloneRun              whether each journey was also simulated alone, so cannibalisation is known
 */
public record PortfolioSummary(String rulesName, long seed, long customers, List<JourneyLine> journeys,
        JourneyLine portfolio, long unmeasuredCustomers, boolean aloneRun, long totalMillis) {

    /** The name of the portfolio's own line in tables and charts. */
    public static final String PORTFOLIO = "Portfolio";

    /**
     * One journey in the portfolio run, or the portfolio as a whole.
     *
     * @param rank             its priority, 0 highest; -1 for the portfolio's line
     * @param conversions      its treated customers (not held out, not in the global control) who converted
     * @param uplift           its treated customers against its customers in the global control
     * @param incremental      conversions beyond what the global control predicts, in the portfolio run
     * @param aloneIncremental the same when simulated alone under the same rules (for the portfolio: the sum over the
     *                         journeys); NaN when not simulated alone
     * @param simulated        incremental conversions beyond the same customers simulated without marketing (the
     *                         simulator's own counterfactual, free of the global control's sampling noise), together
     * @param aloneSimulated   the same, alone (for the portfolio: the sum over the journeys)
     */
    public record JourneyLine(String id, String name, int rank, long sent, Map<SuppressionReason, Long> suppressed,
            long conversions, Uplift uplift, double incremental, double aloneIncremental, double simulated,
            double aloneSimulated) {

        public JourneyLine {
            EnumMap<SuppressionReason, Long> copy = new EnumMap<>(SuppressionReason.class);
            suppressed.forEach((reason, n) -> {
                if (n > 0) {
                    copy.put(reason, n);
                }
            });
            suppressed = Map.copyOf(copy);
        }

        public long suppressedTotal() {
            return suppressed.values().stream().mapToLong(Long::longValue).sum();
        }

        public long suppressed(SuppressionReason reason) {
            return suppressed.getOrDefault(reason, 0L);
        }

        /** Conversions it makes alone but not together (alone minus together); NaN when not simulated alone. */
        public double cannibalised() {
            return aloneIncremental - incremental;
        }

        /** Whether the uplift's 95 % interval lies wholly above or below zero (undefined intervals are not). */
        public boolean upliftSignificant() {
            return !Double.isNaN(uplift.ciLow()) && !Double.isNaN(uplift.ciHigh())
                    && (uplift.ciLow() > 0 || uplift.ciHigh() < 0);
        }
    }

    public PortfolioSummary {
        journeys = List.copyOf(journeys);
    }

    /**
     * The incremental conversions the journeys take from each other: the sum of each alone minus the portfolio's;
     * positive when together they add less than apart, NaN without the runs alone.
     */
    public double cannibalisation() {
        return portfolio.cannibalised();
    }

    /**
     * The cannibalisation against the same customers simulated without marketing: the same quantity without the
     * global control's sampling noise, which on a small data set can be larger than the cannibalisation itself.
     */
    public double simulatedCannibalisation() {
        return portfolio.aloneSimulated() - portfolio.simulated();
    }

    /** The simulated cannibalisation as a share of the simulated sum alone; NaN when that is not positive. */
    public double simulatedCannibalisedShare() {
        return portfolio.aloneSimulated() > 0 ? simulatedCannibalisation() / portfolio.aloneSimulated() : Double.NaN;
    }

    /** The suppression reasons that stopped any send of any journey, in the reasons' order. */
    public List<SuppressionReason> reasonsSeen() {
        return Stream.of(SuppressionReason.values()).filter(r -> portfolio.suppressed(r) > 0).toList();
    }

    /** The journeys' lines and then the portfolio's, as the table lists them. */
    public List<JourneyLine> lines() {
        return Stream.concat(journeys.stream(), Stream.of(portfolio)).toList();
    }
}
