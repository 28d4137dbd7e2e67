package com.retailstudio.app.cli;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationReport;
import com.retailstudio.data.generate.GeneratorConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** Generates a believable retail data set with planted ground truth. */
@Command(name = "generate-data", mixinStandardHelpOptions = true,
        description = {"Generate a retail data set (the nine contract CSV files and truth.json) from a seed.",
            "The same arguments always give byte-identical files."})
final class GenerateDataCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--customers", description = "Number of customers (default: ${DEFAULT-VALUE}).")
    private int customers = GeneratorConfig.DEFAULT_CUSTOMERS;

    @Option(names = "--days", description = "Days of event history (default: ${DEFAULT-VALUE}).")
    private int days = GeneratorConfig.DEFAULT_DAYS;

    @Option(names = "--products", description = "Number of products (default: ${DEFAULT-VALUE}).")
    private int products = GeneratorConfig.DEFAULT_PRODUCTS;

    @Option(names = "--stores", description = "Number of stores (default: ${DEFAULT-VALUE}).")
    private int stores = GeneratorConfig.DEFAULT_STORES;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed = GeneratorConfig.DEFAULT_SEED;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the data set to.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        GeneratorConfig config;
        try {
            config = GeneratorConfig.defaults().withCustomers(customers).withDays(days).withProducts(products)
                    .withStores(stores).withSeed(seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = new ProgressLine(err);
        long started = System.nanoTime();
        GenerationReport report = DataGenerator.generate(config, out, progress::update);
        progress.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "Wrote %s in %.1f s%n", report.outDir().toAbsolutePath(), seconds);
        report.rowsPerFile().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry ->
                stdout.printf(Locale.ROOT, "  %-18s %,12d rows%n", entry.getKey(), entry.getValue()));
        return 0;
    }
}
