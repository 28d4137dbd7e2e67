package com.retailstudio.simulator.ui;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.PortfolioRun;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.ui.task.ProgressReporter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A portfolio run from the Simulation section, off the JavaFX thread: the journeys run together (and each alone, for
 * the cannibalisation) by the desktop engine's {@link PortfolioRun}, reporting progress and stopping when cancelled;
 * its results summed up for the view.
 */
final class PortfolioRuns {

    private PortfolioRuns() {
    }

    /**
     * What the tab shows of a run: the summary, the search over its customers (the run's simulator is kept for it,
     * with the data set) and the journeys, for the steps' titles.
     */
    record Outcome(PortfolioSummary summary, TraceSearch search, List<Journey> journeys) {
        Outcome {
            journeys = List.copyOf(journeys);
        }
    }

    static Outcome run(List<Journey> journeys, PortfolioRulesChoice rules, CustomerData data, long seed,
            long loadMillis, ProgressReporter progress) {
        progress.update(-1, "Fitting the response model, then running " + journeys.size()
                + " journeys together…");
        int threads = EngineRuns.threads();
        // Example customers are kept per journey and combination of reasons for the tab's trace search.
        PortfolioRun run = PortfolioRun.execute(journeys, rules.rules(), data, EngineRuns.settings(seed),
                threads * 4, threads, loadMillis, EngineRuns.customers("Running " + journeys.size()
                        + " journeys together, and each alone", progress, 0, 1));
        return new Outcome(summary(run.results(), journeys, rules, seed, run.loadMillis() + run.fitMillis()
                + run.compileMillis() + run.simulateMillis()), TraceSearch.of(run), journeys);
    }

    /** The view's summary of a portfolio run's results; {@code journeys} holds every journey the results name. */
    static PortfolioSummary summary(PortfolioResults results, List<Journey> journeys, PortfolioRulesChoice rules,
            long seed, long millis) {
        PortfolioRules shared = rules.rules();
        List<PortfolioSummary.JourneyLine> lines = new ArrayList<>();
        List<String> ids = results.journeyIds();
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            int at = j;
            String name = journeys.stream().filter(x -> x.id().equals(id)).map(Journey::name).findFirst().orElse(id);
            lines.add(new PortfolioSummary.JourneyLine(id, name, shared.rank(id), results.sent(j),
                    byReason(reason -> results.suppressed(at, reason)), results.conversions(j), results.uplift(j),
                    results.incrementalConversions(j), results.aloneIncrementalConversions(j),
                    results.simulatedIncrementalConversions(j), results.aloneSimulatedIncrementalConversions(j)));
        }
        PortfolioSummary.JourneyLine whole = new PortfolioSummary.JourneyLine("", PortfolioSummary.PORTFOLIO, -1,
                results.sent(), byReason(results::suppressed), results.conversions(), results.uplift(),
                results.incrementalConversions(), results.aloneIncrementalConversions(),
                results.simulatedIncrementalConversions(), results.aloneSimulatedIncrementalConversions());
        return new PortfolioSummary(rules.label(), seed, results.customers(), lines, whole,
                results.unmeasuredCustomers(), results.aloneRun(), millis);
    }

    private static Map<SuppressionReason, Long> byReason(ToLongFunction<SuppressionReason> count) {
        Map<SuppressionReason, Long> byReason = new EnumMap<>(SuppressionReason.class);
        for (SuppressionReason reason : SuppressionReason.values()) {
            byReason.put(reason, count.applyAsLong(reason));
        }
        return byReason;
    }
}
