package com.retailstudio.simulator.spark;

import com.retailstudio.data.architecture.AllowedToUseStandardStreams;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.cli.ProgressLine;
import com.retailstudio.simulator.cli.RunFile;
import com.retailstudio.simulator.cli.SimulationOptions;
import com.retailstudio.simulator.engine.PortfolioRun;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.io.PortfolioReportJson;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.ExperimentDecision;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.Uplift;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code retail-studio-spark simulate}: the desktop's {@code simulate} with the customers simulated in Spark tasks.
 * Its own entry point (and launcher) so that no Spark jar is ever on the desktop application's class path; the
 * desktop launcher hands {@code retail-studio simulate --engine spark …} to it.
 */
@AllowedToUseStandardStreams("the Spark runner's command line owns the terminal")
@Command(name = "retail-studio-spark", mixinStandardHelpOptions = true, subcommands = SparkSimulateCommand.Simulate.class,
        description = "Retail Studio jobs on Apache Spark (docs/simulator-spark.md).")
public final class SparkSimulateCommand {

    /** Where progress lines go when they are not asked for. */
    private static final PrintStream NO_PROGRESS = new PrintStream(OutputStream.nullOutputStream());

    private SparkSimulateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new SparkSimulateCommand());
        line.setOut(out);
        line.setErr(err);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            String message = exception.getMessage();
            commandLine.getErr().println("retail-studio-spark: " + (message == null || message.isBlank()
                    ? "unexpected " + exception.getClass().getSimpleName() : message));
            if (System.getenv("RETAIL_STUDIO_DEBUG") != null) {
                exception.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return line.execute(args);
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = {"Simulate a journey over a data set in Spark tasks; the report equals the desktop "
                    + "engine's byte for byte apart from its run block (docs/simulator.md, docs/simulator-spark.md).",
                "With several --journey options or --portfolio RULES.json, simulate the journeys together on the "
                    + "same customers, as the desktop engine does (docs/journey-semantics.md, \"Portfolio\").",
                "The report holds customer ids only when traces are asked for (--trace, --trace-first N or "
                    + "--examples N)."})
    static final class Simulate implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--engine", paramLabel = "spark", description = "Only spark here (default: spark); the "
                + "desktop engine is ./retail-studio simulate.")
        private String engine = "spark";

        @Option(names = "--master", paramLabel = "URL", description = "Spark master: local[N], local[*], "
                + "spark://HOST:7077, yarn, k8s://… (default: ${DEFAULT-VALUE}).")
        private String master = "local[*]";

        @Mixin
        private SimulationOptions options;

        @Option(names = "--data", required = true, paramLabel = "DIR|PARQUET_URI|sample",
                description = "Folder of data-set CSV files (read on the driver), a columnar copy (a folder with "
                        + "manifest.json and customers/, consents/, events/ of Parquet files, or any URI Spark reads: "
                        + "hdfs://, s3a://, file://; read by the executors), or 'sample' for the bundled sample.")
        private String data;

        @Option(names = "--progress", description = "Also print a machine-readable line for every Spark stage "
                + "and finished task: retail-studio-progress phase=simulate stage=4 tasks=3/8 (the desktop's "
                + "Simulation section reads them).")
        private boolean progress;

        @Option(names = "--run-file", paramLabel = "FILE", description = "Also write the finished run (results and "
                + "figures, Java serialization) for the desktop that started this run to read back.")
        private Path runFile;

        @Override
        public Integer call() throws IOException {
            if (!"spark".equals(engine)) {
                throw new ParameterException(spec.commandLine(), "--engine: only 'spark' runs here, not '" + engine
                        + "'; the desktop engine is ./retail-studio simulate");
            }
            SimulationSettings settings = options.settings();
            if (options.portfolio() && runFile != null) {
                throw new ParameterException(spec.commandLine(), "--run-file goes with one journey, not with several "
                        + "--journey options or --portfolio");
            }
            // read before Spark starts, so that a bad file is said at once
            List<Journey> journeys = options.portfolio() ? options.journeys() : List.of(options.journey());
            PortfolioRules rules = options.portfolio() ? options.portfolioRules() : null;
            Path report = options.report();
            PrintStream progressLines = progress ? System.out : NO_PROGRESS;
            progressLines.println(ProgressLine.of(ProgressLine.Phase.START).format());
            boolean columnar = isColumnar(data);
            Path folder = columnar ? null : dataFolder();
            SimulationRun run = null;
            PortfolioRun portfolioRun = null;
            SparkSession spark = SparkLocal.session(master);
            try {
                if (progress) {
                    spark.sparkContext().addSparkListener(new SparkProgress(System.out));
                }
                progressLines.println(ProgressLine.of(ProgressLine.Phase.READ).format());
                CustomerSource source = columnar ? new ParquetCustomers(spark, data) : new DriverLoadedCustomers(folder);
                if (rules != null) {
                    portfolioRun = SparkSimulation.runPortfolio(spark, journeys, rules, source, settings,
                            options.partitions());
                } else {
                    run = SparkSimulation.run(spark, journeys.get(0), source, settings, options.partitions());
                }
            } finally {
                spark.stop();
            }
            progressLines.println(ProgressLine.of(ProgressLine.Phase.WRITE).format());
            DataSetCurrency currency = currencyOf(columnar ? null : folder);
            if (portfolioRun != null) {
                PortfolioReportJson.write(report, settings, portfolioRun, currency);
                print(spec.commandLine().getOut(), portfolioRun, report);
                return 0;
            }
            SimulationReportJson.write(report, journeys.get(0), settings, run, currency);
            if (runFile != null) {
                RunFile.write(runFile, run);
            }
            print(spec.commandLine().getOut(), journeys.get(0), run, report);
            return 0;
        }

        /** The data set's currency from its dataset.json; a Parquet URI is reported in the default currency. */
        private static DataSetCurrency currencyOf(Path folder) {
            return folder == null ? DataSetCurrency.DEFAULT : DataSetCurrency.of(folder);
        }

        /** A URI (scheme://…) or a folder holding a columnar copy's manifest: read by Spark's Parquet reader. */
        static boolean isColumnar(String data) {
            if (data.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
                return true;
            }
            Path folder = Path.of(data);
            return Files.isRegularFile(folder.resolve("manifest.json")) && Files.isDirectory(folder.resolve("events"));
        }

        private Path dataFolder() throws IOException {
            if ("sample".equals(data)) {
                Path folder = Files.createTempDirectory("retail-studio-sample");
                BundledSample.extractTo(folder);
                return folder;
            }
            Path folder = Path.of(data);
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("The data folder " + folder.toAbsolutePath()
                        + " does not exist or is not a folder.");
            }
            return folder;
        }

        private void print(PrintWriter out, Journey journey, SimulationRun run, Path report) {
            Uplift u = run.results().uplift();
            out.printf(Locale.ROOT, "Simulated %s over %,d customers and %,d events on Spark (%s, %d partitions) in "
                            + "%,d ms (%,.0f events/s); load %,d ms, fit %,d ms%n", journey.name(), run.customers(),
                    run.events(), master, run.partitions(), run.simulateMillis(), run.eventsPerSecond(),
                    run.loadMillis(), run.fitMillis());
            out.printf(Locale.ROOT, "Entered: %,d treated, %,d held out; conversion treated %.2f %%, holdout %.2f %%, "
                            + "uplift %+.2f points%n", u.treated(), u.holdout(), 100 * u.treatedRate(),
                    100 * u.holdoutRate(), 100 * u.absolute());
            for (ExperimentDecision decision : run.results().experimentDecisions()) {
                out.printf("Experiment %s: %s%n", decision.nodeId(), decision.explanation());
            }
            out.printf("Report written to %s%n", report.toAbsolutePath());
        }

        private void print(PrintWriter out, PortfolioRun run, Path report) {
            PortfolioResults r = run.results();
            out.printf(Locale.ROOT, "Simulated %d journeys together under %s over %,d customers and %,d events on "
                            + "Spark (%s, %d partitions) in %,d ms (%,.0f events/s); load %,d ms, fit %,d ms%n",
                    r.journeyIds().size(), run.rules().name(), run.customers(), run.events(), master,
                    run.partitions(), run.simulateMillis(), run.eventsPerSecond(), run.loadMillis(), run.fitMillis());
            for (int j = 0; j < r.journeyIds().size(); j++) {
                out.printf(Locale.ROOT, "  %-24s sent %,7d, converted %,d%n", r.journeyIds().get(j), r.sent(j),
                        r.conversions(j));
            }
            out.printf(Locale.ROOT, "Portfolio: sent %,d, converted %,d; cannibalisation %+.1f conversions against "
                    + "the global control%n", r.sent(), r.conversions(), r.cannibalisation());
            out.printf("Report written to %s%n", report.toAbsolutePath());
        }
    }
}
