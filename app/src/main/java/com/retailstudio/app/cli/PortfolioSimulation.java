package com.retailstudio.app.cli;

import com.retailstudio.app.dataset.DataSetReads;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.PortfolioRun;
import com.retailstudio.simulator.engine.RunProgress;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.PortfolioTrace;
import com.retailstudio.simulator.model.ReasonTrace;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.Uplift;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@code simulate} with several journeys or portfolio rules: runs them together on the same customers and prints
 * what each sent, lost and converted, and what they take from each other (docs/journey-semantics.md, "Portfolio");
 * the example customers kept per journey and reason, and each customer asked for by id across the journeys.
 */
final class PortfolioSimulation {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private PortfolioSimulation() {
    }

    static PortfolioRun run(List<Journey> journeys, PortfolioRules rules, DataFolderOption.JobData source,
            SimulationSettings settings, int partitions, int threads) {
        long started = System.nanoTime();
        CustomerData customers = source.imported().isPresent()
                ? DataSetReads.customers(source.imported().get())
                : CustomerData.of(DataSetLoader.load(source.folder()));
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        return PortfolioRun.execute(journeys, rules, customers, settings, partitions, threads, loadMillis,
                RunProgress.NONE);
    }

    static void print(PrintWriter out, PortfolioRun run, SimulationSettings settings, DataSetCurrency currency,
            Path report) {
        PortfolioResults r = run.results();
        out.printf(Locale.ROOT, "Simulated %d journeys together under %s over %,d customers and %,d events in %,d ms "
                        + "(%,.0f events/s, %d partitions, peak heap %,d MiB)%n", r.journeyIds().size(),
                run.rules().name(), run.customers(), run.events(), run.simulateMillis(), run.eventsPerSecond(),
                run.partitions(), run.peakHeapBytes() >> 20);
        for (int j = 0; j < r.journeyIds().size(); j++) {
            Uplift u = r.uplift(j);
            out.printf(Locale.ROOT, "  %-24s sent %,7d, %s; converted %,d; uplift %s; incremental %s (alone %s)%n",
                    r.journeyIds().get(j), r.sent(j), suppressions(r, j), r.conversions(j), points(u),
                    decimal(r.simulatedIncrementalConversions(j)),
                    decimal(r.aloneSimulatedIncrementalConversions(j)));
        }
        out.printf(Locale.ROOT, "Portfolio: sent %,d, %s; uplift against the global control %s%n", r.sent(),
                suppressions(r, -1), points(r.uplift()));
        out.printf(Locale.ROOT, "Cannibalisation: %s conversions against the global control (alone %s, together "
                        + "%s); %s against the customers without marketing (alone %s, together %s)%n",
                decimal(r.cannibalisation()), decimal(r.aloneIncrementalConversions()),
                decimal(r.incrementalConversions()), decimal(r.simulatedCannibalisation()),
                decimal(r.aloneSimulatedIncrementalConversions()), decimal(r.simulatedIncrementalConversions()));
        out.printf(Locale.ROOT, "Incremental revenue against the global control, total over the treated: %s%n",
                currency.signed(r.uplift().incrementalRevenue()));
        if (settings.tracesPerReasons() > 0) {
            printExamples(out, r, settings.tracesPerReasons());
        }
        for (String id : new TreeSet<>(settings.traceCustomers())) {
            printTimeline(out, r.trace(id));
        }
        out.printf("Report written to %s%n", report.toAbsolutePath());
    }

    /** Per journey, the example customers' ids of each reason that occurred (the report has their steps). */
    private static void printExamples(PrintWriter out, PortfolioResults r, int perReason) {
        out.println("Example customers (their steps are in the report; --trace ID shows one across the journeys):");
        for (int j = 0; j < r.journeyIds().size(); j++) {
            List<ReasonTrace> kept = r.journey(j).reasonTraces();
            List<String> parts = new ArrayList<>();
            for (TraceReason reason : TraceReason.values()) {
                List<String> ids = kept.stream().filter(t -> t.reasons().contains(reason)).limit(perReason)
                        .map(ReasonTrace::customerId).toList();
                if (!ids.isEmpty()) {
                    parts.add(reason.json() + " " + String.join(", ", ids));
                }
            }
            out.printf(Locale.ROOT, "  %-24s %s%n", r.journeyIds().get(j), parts.isEmpty() ? "nobody entered"
                    : String.join("; ", parts));
        }
    }

    /** A customer's steps in every journey, one line each in time order, naming the journey. */
    private static void printTimeline(PrintWriter out, PortfolioTrace trace) {
        if (!trace.enteredAny()) {
            out.printf("Customer %s entered no journey (or is not in the data set).%n", trace.customerId());
            return;
        }
        out.printf("Customer %s across the journeys:%n", trace.customerId());
        for (PortfolioTrace.JourneyStep s : trace.steps()) {
            out.printf(Locale.ROOT, "  %s  %-18s %-16s %-28s %s%n", TIME.format(s.step().time()), s.journeyId(),
                    s.step().nodeId(), s.step().decision(), s.step().reason());
        }
    }

    /** "lost to priority 12, portfolio cap 3": the suppressions that happened; "none suppressed" otherwise. */
    private static String suppressions(PortfolioResults r, int j) {
        List<String> parts = new ArrayList<>();
        for (SuppressionReason reason : SuppressionReason.values()) {
            long n = j < 0 ? r.suppressed(reason) : r.suppressed(j, reason);
            if (n > 0) {
                parts.add(reason.json().replace('_', ' ') + " " + String.format(Locale.ROOT, "%,d", n));
            }
        }
        return parts.isEmpty() ? "none suppressed" : "suppressed: " + String.join(", ", parts);
    }

    private static String points(Uplift u) {
        return Double.isNaN(u.absolute()) ? "n/a (no global control)" : String.format(Locale.ROOT,
                "%+.2f points (95 %% CI %+.2f to %+.2f)", 100 * u.absolute(), 100 * u.ciLow(), 100 * u.ciHigh());
    }

    private static String decimal(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%+.1f", x);
    }
}
