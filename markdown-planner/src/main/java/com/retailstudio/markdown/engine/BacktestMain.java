package com.retailstudio.markdown.engine;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.markdown.io.PlantedTruthReader;
import com.retailstudio.markdown.model.RuleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the {@link Backtest} of a generated data set: {@code BacktestMain DIR|sample [horizon-weeks]}.
 */
public final class BacktestMain {

    private BacktestMain() {
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
        DataSet data = DataSetLoader.load(folder);
        PlantedTruthReader.PlantedDemand truth = PlantedTruthReader.read(folder.resolve("truth.json"));
        long t0 = System.nanoTime();
        Backtest.Result r = Backtest.run(data, truth.elasticities(), truth.theta(), horizon, RuleBook.standard());
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
