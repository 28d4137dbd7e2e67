package com.retailstudio.app.cli;

import com.retailstudio.app.dataset.DataSetReads;
import com.retailstudio.data.io.DataFormatException;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.cli.SimulationOptions;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.PortfolioRun;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.io.PortfolioReportJson;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.ExperimentDecision;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Runs a journey over a data set with the simulator and writes the report. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate a journey over a data set: customers per node, sends and suppressions per action, "
                + "uplift against the holdout, and per-customer traces on request (docs/journey-semantics.md).",
            "With several --journey options or --portfolio RULES.json, simulate the journeys together on the same "
                + "customers: shared caps, priority, global control and suppression, uplift against the global "
                + "control and the cannibalisation (docs/journey-semantics.md, \"Portfolio\").",
            "The same journey, data and seed always give the same results, however many partitions.",
            "The report holds customer ids only when traces are asked for (--trace, --trace-first N or "
                + "--examples N); without them it holds counts and rates only."})
final class SimulateCommand extends DataSetJob {

    @Mixin
    private SimulationOptions options;

    /** Spark runs in its own JVM (simulator-spark), so its jars never join the desktop's class path. */
    @Option(names = "--engine", paramLabel = "desktop|spark",
            description = "desktop (default) simulates in this process; spark simulates in Apache Spark tasks with "
                    + "the same report: ./retail-studio hands such a command to ./retail-studio-spark "
                    + "(docs/simulator-spark.md).")
    private String engine = "desktop";

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master (local[N], spark://HOST:7077, yarn, k8s://...).")
    private String master;

    @Option(names = "--threads", description = "Threads (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if ("spark".equals(engine)) {
            throw new CommandFailure("--engine spark runs in the Spark runner's own JVM: start it with "
                    + "./retail-studio simulate --engine spark ... (or ./retail-studio-spark simulate ...).");
        }
        if (!"desktop".equals(engine) || master != null) {
            throw new ParameterException(spec.commandLine(), "--engine must be desktop or spark, not '" + engine
                    + "'" + (master != null ? ", and --master goes with --engine spark only" : ""));
        }
        SimulationSettings settings = options.settings();
        int partitions = options.partitions();
        Path report = options.report();
        if (options.portfolio()) {
            return simulatePortfolio(settings, partitions, report);
        }
        Journey journey;
        try {
            journey = options.journey();
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        requireFolderOf(report);
        DataFolderOption.JobData source = data.resolveForJob();
        DataSetCurrency currency = currencyOf(source.folder());
        SimulationRun run;
        try {
            if (source.imported().isPresent()) {
                long started = System.nanoTime();
                CustomerData customers = DataSetReads.customers(source.imported().get());
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
        print(spec.commandLine().getOut(), journey, run, currency, report);
        return 0;
    }

    private int simulatePortfolio(SimulationSettings settings, int partitions, Path report) {
        List<Journey> journeys;
        PortfolioRules rules;
        try {
            journeys = options.journeys();
            rules = options.portfolioRules();
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        requireFolderOf(report);
        DataFolderOption.JobData source = data.resolveForJob();
        DataSetCurrency currency = currencyOf(source.folder());
        PortfolioRun run;
        try {
            run = PortfolioSimulation.run(journeys, rules, source, settings, partitions, threads);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("The journeys cannot be simulated together: " + e.getMessage() + ".", e);
        }
        try {
            PortfolioReportJson.write(report, settings, run, currency);
        } catch (IOException e) {
            throw FileProblems.cannotWrite("the report", report, e);
        }
        PortfolioSimulation.print(spec.commandLine().getOut(), run, settings, currency, report);
        return 0;
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

    private static void print(PrintWriter out, Journey journey, SimulationRun run, DataSetCurrency currency,
            Path report) {
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
        for (ExperimentDecision decision : r.experimentDecisions()) {
            out.printf("Experiment %s: %s%n", decision.nodeId(), decision.explanation());
        }
        out.printf("Report written to %s%n", report.toAbsolutePath());
    }
}
