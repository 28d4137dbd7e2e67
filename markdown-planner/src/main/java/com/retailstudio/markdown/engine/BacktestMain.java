package com.retailstudio.markdown.engine;

import com.retailstudio.data.architecture.AllowedToUseStandardStreams;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.markdown.io.PlantedTruthReader;
import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.RuleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the {@link Backtest} of a generated data set:
 * {@code BacktestMain DIR|sample [horizon-weeks] [em-rounds-for-sold-out-weeks] [cluster-pricing true|false]}.
 */
@AllowedToUseStandardStreams("a measurement main: it prints the figures docs/markdown-planner.md quotes")
public final class BacktestMain {

    private BacktestMain() {
    }

    /** Fitted (full history) against planted elasticities. */
    static void printElasticityAccuracy(DataSet data, Map<String, Double> planted) {
        List<DemandEstimator.Fitted> fits = DemandEstimator.fit(SalesPanel.series(data,
                SalesPanel.lastWeek(data)));
        int n = 0;
        int within3 = 0;
        int within5 = 0;
        int covered = 0;
        double abs = 0;
        double mape = 0;
        int mapes = 0;
        double theta = 0;
        for (DemandEstimator.Fitted f : fits) {
            Double truth = planted.get(f.demand().productId());
            if (truth == null) {
                continue;
            }
            double err = Math.abs(f.demand().elasticity() - truth);
            theta += f.demand().theta();
            n++;
            abs += err;
            within3 += err <= 0.3 ? 1 : 0;
            within5 += err <= 0.5 ? 1 : 0;
            covered += f.demand().elasticityLow() <= truth && truth <= f.demand().elasticityHigh() ? 1 : 0;
            if (!Double.isNaN(f.demand().mape())) {
                mape += f.demand().mape();
                mapes++;
            }
        }
        System.out.printf(Locale.ROOT, "elasticity: %d products, within 0.3: %.1f%%, within 0.5: %.1f%%, mean |error| "
                + "%.3f, 95%% interval coverage %.1f%%, mean held-out MAPE %.1f%%, mean fitted theta %.2f%n", n,
                100.0 * within3 / n, 100.0 * within5 / n, abs / n, 100.0 * covered / n, 100 * mape / Math.max(1, mapes),
                theta / n);
    }

    public static void main(String[] args) throws Exception {
        Path folder;
        if (args.length == 0 || args[0].equals("sample")) {
            folder = Files.createTempDirectory("markdown-backtest");
            BundledSample.extractTo(folder);
        } else {
            folder = Path.of(args[0]);
        }
        int horizon = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : DemandEstimator.CENSORED_ROUNDS;
        boolean clusters = args.length <= 3 || Boolean.parseBoolean(args[3]);
        DataSet data = DataSetLoader.load(folder);
        PlantedTruthReader.PlantedDemand truth = PlantedTruthReader.read(folder.resolve("truth.json"));
        printElasticityAccuracy(data, truth.elasticities());
        long t0 = System.nanoTime();
        Backtest.Result r = Backtest.run(data, truth.elasticities(), truth.theta(), horizon,
                new RuleBook(MarkdownRules.defaults().withClusterPricing(clusters),
                        Map.of()), rounds);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "backtest: %d products, %d product-stores, last %d weeks of the previous "
                + "season, scored under the planted demand (%d ms)%n", r.products(), r.productStores(), horizon, ms);
        System.out.printf(Locale.ROOT, "%-18s %12s %12s %10s %10s %12s%n", "strategy", "margin", "revenue",
                "sell-thru", "leftover", "vs rule");
        for (Map.Entry<String, Backtest.Totals> e : r.strategies().entrySet()) {
            Backtest.Totals t = e.getValue();
            System.out.printf(Locale.ROOT, "%-18s %12.2f %12.2f %9.1f%% %10.0f %+11.2f%%%n", e.getKey(), t.margin(),
                    t.revenue(), t.sellThrough() * 100, t.leftover(), r.upliftPct(e.getKey(), Backtest.RULE_OF_THUMB));
        }
    }
}
