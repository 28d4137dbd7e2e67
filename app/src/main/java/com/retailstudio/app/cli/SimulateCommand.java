package com.retailstudio.app.cli;

import com.retailstudio.data.io.DataFormatException;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.io.CustomerEvents;
import com.retailstudio.data.model.Product;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.Uplift;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs a journey over a data set with the simulator and writes the report. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate a journey over a data set: customers per node, sends and suppressions per action, "
                + "uplift against the holdout, and per-customer traces on request (docs/journey-semantics.md).",
            "The same journey, data and seed always give the same results, however many partitions.",
            "The report holds customer ids only when traces are asked for (--trace, --trace-first N or "
                + "--examples N); without them it holds counts and rates only."})
final class SimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** How {@code --journey} names a shipped template instead of a file. */
    static final String TEMPLATE_PREFIX = "template:";

    @Option(names = "--journey", required = true, paramLabel = "FILE|template:NAME",
            description = "Journey file (JSON), or template:NAME for a shipped template ("
                    + "cart-abandonment, welcome-series, winback, clearance-offer, back-in-stock).")
    private String journeySource;

    @Mixin
    private DataFolderOption data;

    /** Where to look for the data folder's imported copy (data import). */
    @Mixin
    private WorkspaceOptions workspace;
    /** Spark runs in its own JVM (simulator-spark), so its jars never join the desktop's class path. */
    @Option(names = "--engine", paramLabel = "desktop|spark",
            description = "desktop (default) simulates in this process; spark simulates in Apache Spark tasks with "
                    + "the same report: ./retail-studio hands such a command to ./retail-studio-spark "
                    + "(docs/simulator-spark.md).")
    private String engine = "desktop";

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master (local[N], spark://HOST:7077, yarn, k8s://...).")
    private String master;

    @Option(names = "--seed", description = "Seed of random splits and simulated responses (default: ${DEFAULT-VALUE}).")
    private long seed = 42;

    @Option(names = "--partitions", description = "Customer partitions, run in parallel and merged (default: ${DEFAULT-VALUE}).")
    private int partitions = 2;

    @Option(names = "--threads", description = "Threads (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--trace", paramLabel = "CUSTOMER_ID",
            description = "Record every step of this customer, by id, in the report (repeatable).")
    private List<String> traces = List.of();

    /** Customer ids are personal data, so no trace is recorded unless asked for. */
    @Option(names = "--trace-first", paramLabel = "N",
            description = "Also trace the first N customers who enter, with their ids (default: ${DEFAULT-VALUE}, "
                    + "none).")
    private int traceFirst = 0;

    @Option(names = "--examples", paramLabel = "N",
            description = "Add example traces to the report: for each reason (converted, holdout, sent, no_consent, "
                    + "quiet_hours, frequency_cap, unsubscribed) the first N customers who had it, with their ids "
                    + "(default: ${DEFAULT-VALUE}, none).")
    private int examples = 0;

    @Option(names = "--quiet-hours", paramLabel = "defer|drop",
            description = "A send caught by quiet hours is deferred to the window's end or dropped (default: defer).")
    private String quietHours = "defer";

    @Option(names = "--capped", paramLabel = "advance|exit",
            description = "A customer at a frequency cap moves on without the message or leaves (default: advance).")
    private String capped = "advance";

    @Option(names = "--report", required = true, paramLabel = "OUT.json", description = "Report file to write.")
    private Path report;

    @Override
    public Integer call() {
        if (partitions < 1 || threads < 1 || traceFirst < 0) {
            throw new ParameterException(spec.commandLine(), "--partitions and --threads must be at least 1");
        }
        if ("spark".equals(engine)) {
            throw new CommandFailure("--engine spark runs in the Spark runner's own JVM: start it with "
                    + "./retail-studio simulate --engine spark ... (or ./retail-studio-spark simulate ...).");
        }
        if (!"desktop".equals(engine) || master != null) {
            throw new ParameterException(spec.commandLine(), "--engine must be desktop or spark, not '" + engine
                    + "'" + (master != null ? ", and --master goes with --engine spark only" : ""));
        }
        if (examples < 0) {
            throw new ParameterException(spec.commandLine(), "--examples must be 0 or more, not " + examples);
        }
        SimulationSettings settings = SimulationSettings.defaults(seed)
                .withQuietHours(choice(quietHours, "--quiet-hours", SimulationSettings.QuietHoursMode.class))
                .withCapped(choice(capped, "--capped", SimulationSettings.CappedMode.class))
                .withTrace(Set.copyOf(traces), traceFirst)
                .withReasonTraces(examples);
        Journey journey = readJourney();
        requireFolderOf(report);
        DataFolderOption.JobData source = data.resolveForJob();
        DataSetCurrency currency = currencyOf(source.folder());
        SimulationRun run;
        try {
            if (source.imported().isPresent()) {
                long started = System.nanoTime();
                CustomerData customers = loadImported(source.imported().get());
                run = SimulationRun.execute(journey, customers, settings, partitions, threads,
                        (System.nanoTime() - started) / 1_000_000);
            } else {
                run = SimulationRun.execute(journey, source.folder(), settings, partitions, threads);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("The journey cannot be simulated: " + e.getMessage() + ".", e);
        }
        try {
            SimulationReportJson.write(report, journey, settings, run, currency);
        } catch (IOException e) {
            throw FileProblems.cannotWrite("the report", report, e);
        }
        print(spec.commandLine().getOut(), journey, run, currency);
        return 0;
    }

    /**
     * Only what the simulator reads: customers, the purposes each granted (as bits, not six consent records per
     * customer) and the events already grouped by customer as compact columns (no event table, no message-id
     * String), which keeps a million customers in a 2 GB heap.
     */
    private static CustomerData loadImported(ColumnarDataSet imported) {
        CustomerEvents events = imported.customerEvents(
                imported.products().stream().map(Product::productId).toList());
        return CustomerData.of(imported.customers(), imported.grantedConsentBits(), events);
    }

    /** A report that could not be written is said before the simulation runs, not after minutes of it. */
    private static void requireFolderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw FileProblems.cannotWrite("the report", file, new NoSuchFileException(file.toString()));
        }
    }

    private static DataSetCurrency currencyOf(Path folder) {
        try {
            return DataSetCurrency.of(folder);
        } catch (DataFormatException e) {
            throw new CommandFailure("Could not read the data set's currency: " + e.getMessage() + ".", e);
        }
    }

    private <E extends Enum<E>> E choice(String text, String option, Class<E> type) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + " must be one of "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                    + ", not '" + text + "'");
        }
    }

    private Journey readJourney() {
        if (journeySource.startsWith(TEMPLATE_PREFIX)) {
            String name = journeySource.substring(TEMPLATE_PREFIX.length());
            return JourneyTemplates.load(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--journey: there is no template '" + name + "'; the templates are "
                            + String.join(", ", JourneyTemplates.NAMES)));
        }
        Path journeyFile;
        try {
            journeyFile = Path.of(journeySource);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "--journey: '" + journeySource
                    + "' is neither a file name nor template:NAME (" + e.getReason() + ")");
        }
        try {
            return JourneyJson.read(journeyFile);
        } catch (NoSuchFileException e) {
            throw new CommandFailure("The journey file " + journeyFile.toAbsolutePath() + " does not exist.", e);
        } catch (IOException e) {
            throw FileProblems.cannotRead(journeyFile, e);
        } catch (JourneyFormatException e) {
            throw new CommandFailure("The journey file " + journeyFile + " is not valid at " + e.getMessage() + ".", e);
        }
    }

    private void print(PrintWriter out, Journey journey, SimulationRun run, DataSetCurrency currency) {
        SimulationResults r = run.results();
        Uplift u = r.uplift();
        out.printf(Locale.ROOT, "Simulated %s over %,d customers and %,d events in %,d ms (%,.0f events/s, "
                        + "%d partitions, peak heap %,d MiB)%n", journey.name(), run.customers(), run.events(),
                run.simulateMillis(), run.eventsPerSecond(), run.partitions(), run.peakHeapBytes() >> 20);
        out.printf(Locale.ROOT, "Entered: %,d treated, %,d held out%n", u.treated(), u.holdout());
        out.printf(Locale.ROOT, "Conversion: treated %.2f %%, holdout %.2f %%, uplift %+.2f points "
                        + "(95 %% CI %+.2f to %+.2f)%n", 100 * u.treatedRate(),
                100 * u.holdoutRate(), 100 * u.absolute(), 100 * u.ciLow(), 100 * u.ciHigh());
        out.printf(Locale.ROOT, "Incremental revenue, total over the %,d treated customers: %s%n", u.treated(),
                currency.signed(u.incrementalRevenue()));
        for (int a = 0; a < r.actionKeys().size(); a++) {
            out.printf(Locale.ROOT, "  %-28s sent %,8d of %,8d attempts, %,d converted%s%n", r.actionKeys().get(a),
                    r.sent(a), r.attempts(a), r.converted(a), r.transactional(a) ? " (transactional)" : "");
        }
        out.printf("Report written to %s%n", report.toAbsolutePath());
    }
}
