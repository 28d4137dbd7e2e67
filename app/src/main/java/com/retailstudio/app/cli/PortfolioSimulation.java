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
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.Uplift;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code simulate} with several journeys or portfolio rules: runs them together on the same customers and prints
 * what each sent, lost and converted, and what they take from each other (docs/journey-semantics.md, "Portfolio").
 */
final class PortfolioSimulation {
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

    static void print(PrintWriter out, PortfolioRun run, DataSetCurrency currency, Path report) {
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
        out.printf("Report written to %s%n", report.toAbsolutePath());
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
