package com.retailstudio.simulator.spark;

import com.retailstudio.data.architecture.AllowedToUseStandardStreams;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.Uplift;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

        @Option(names = "--journey", required = true, paramLabel = "FILE|template:NAME",
                description = "Journey file (JSON), or template:NAME for a shipped template.")
        private String journeySource;

        @Option(names = "--data", required = true, paramLabel = "DIR|PARQUET_URI|sample",
                description = "Folder of data-set CSV files (read on the driver), a columnar copy (a folder with "
                        + "manifest.json and customers/, consents/, events/ of Parquet files, or any URI Spark reads: "
                        + "hdfs://, s3a://, file://; read by the executors), or 'sample' for the bundled sample.")
        private String data;

        @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE}).")
        private long seed = 42;

        @Option(names = "--partitions", description = "Spark partitions of customers (default: ${DEFAULT-VALUE}).")
        private int partitions = 2;

        @Option(names = "--trace", paramLabel = "CUSTOMER_ID", description = "Trace this customer (repeatable).")
        private List<String> traces = List.of();

        @Option(names = "--trace-first", paramLabel = "N", description = "Also trace the first N customers who "
                + "enter (default: ${DEFAULT-VALUE}, none).")
        private int traceFirst = 0;

        @Option(names = "--examples", paramLabel = "N", description = "Example traces: the first N customers per "
                + "reason (default: ${DEFAULT-VALUE}, none).")
        private int examples = 0;

        @Option(names = "--quiet-hours", paramLabel = "defer|drop", description = "default: ${DEFAULT-VALUE}")
        private SimulationSettings.QuietHoursMode quietHours = SimulationSettings.QuietHoursMode.DEFER;

        @Option(names = "--capped", paramLabel = "advance|exit", description = "default: ${DEFAULT-VALUE}")
        private SimulationSettings.CappedMode capped = SimulationSettings.CappedMode.ADVANCE;

        @Option(names = "--report", required = true, paramLabel = "OUT.json", description = "Report file to write.")
        private Path report;

        @Override
        public Integer call() throws IOException {
            if (!"spark".equals(engine)) {
                throw new ParameterException(spec.commandLine(), "--engine: only 'spark' runs here, not '" + engine
                        + "'; the desktop engine is ./retail-studio simulate");
            }
            if (partitions < 1 || traceFirst < 0 || examples < 0) {
                throw new ParameterException(spec.commandLine(),
                        "--partitions must be at least 1, --trace-first and --examples 0 or more");
            }
            SimulationSettings settings = SimulationSettings.defaults(seed).withQuietHours(quietHours)
                    .withCapped(capped).withTrace(Set.copyOf(traces), traceFirst).withReasonTraces(examples);
            Journey journey = readJourney();
            boolean columnar = isColumnar(data);
            Path folder = columnar ? null : dataFolder();
            SimulationRun run;
            SparkSession spark = SparkLocal.session(master);
            try {
                CustomerSource source = columnar ? new ParquetCustomers(spark, data) : new DriverLoadedCustomers(folder);
                run = SparkSimulation.run(spark, journey, source, settings, partitions);
            } finally {
                spark.stop();
            }
            SimulationReportJson.write(report, journey, settings, run, currencyOf(columnar ? null : folder));
            print(spec.commandLine().getOut(), journey, run);
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

        private Journey readJourney() {
            if (journeySource.startsWith("template:")) {
                String name = journeySource.substring("template:".length());
                return JourneyTemplates.load(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "--journey: there is no template '" + name + "'; the templates are "
                                + String.join(", ", JourneyTemplates.NAMES)));
            }
            Path file = Path.of(journeySource);
            try {
                return JourneyJson.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the journey file " + file.toAbsolutePath() + ": "
                        + e.getMessage(), e);
            } catch (JourneyFormatException e) {
                throw new IllegalArgumentException("The journey file " + file + " is not valid at " + e.getMessage()
                        + ".", e);
            }
        }

        private void print(PrintWriter out, Journey journey, SimulationRun run) {
            Uplift u = run.results().uplift();
            out.printf(Locale.ROOT, "Simulated %s over %,d customers and %,d events on Spark (%s, %d partitions) in "
                            + "%,d ms (%,.0f events/s); load %,d ms, fit %,d ms%n", journey.name(), run.customers(),
                    run.events(), master, run.partitions(), run.simulateMillis(), run.eventsPerSecond(),
                    run.loadMillis(), run.fitMillis());
            out.printf(Locale.ROOT, "Entered: %,d treated, %,d held out; conversion treated %.2f %%, holdout %.2f %%, "
                            + "uplift %+.2f points%n", u.treated(), u.holdout(), 100 * u.treatedRate(),
                    100 * u.holdoutRate(), 100 * u.absolute());
            out.printf("Report written to %s%n", report.toAbsolutePath());
        }
    }
}
