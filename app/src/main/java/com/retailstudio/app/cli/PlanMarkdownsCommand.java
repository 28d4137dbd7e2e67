package com.retailstudio.app.cli;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.markdown.engine.MarkdownPlanner;
import com.retailstudio.markdown.io.PlanReportWriter;
import com.retailstudio.markdown.io.PriceChangeWorkbook;
import com.retailstudio.markdown.io.PriceChangeWriter;
import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.scenario.Scenario;
import com.retailstudio.markdown.scenario.ScenarioComparison;
import com.retailstudio.markdown.scenario.ScenarioJson;
import com.retailstudio.markdown.scenario.ScenarioRun;
import com.retailstudio.markdown.scenario.ScenarioText;
import com.retailstudio.data.io.Utf8Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Fits demand, optimises markdowns under the business rules and writes the price-change file. */
@Command(name = "plan-markdowns", mixinStandardHelpOptions = true,
        description = {"Fit each product's demand from sales_weekly.csv, plan when and how deep to mark down each "
                + "product in each store until exit, and write the price changes as CSV "
                + "(store_id, product_id, effective_date, old_price, new_price, discount_pct).",
            "Default rules: ladder 0-70 %% in 10 %% steps, prices ending .49 or .99, at most 3 markdowns, 2 weeks apart, "
                + "none in the first 4 weeks of the season, stores of a price cluster share prices."})
final class PlanMarkdownsCommand extends DataSetJob {

    @Option(names = "--out", required = true, paramLabel = "PLAN.csv", description = "Price-change file to write.")
    private Path out;

    @Option(names = "--report", paramLabel = "OUT.json",
            description = "Also write a JSON report: summary, per-product elasticities with 95 %% intervals and "
                    + "held-out MAPE, and run timings.")
    private Path report;

    @Option(names = "--xlsx", paramLabel = "PLAN.xlsx",
            description = "Also write the price changes as an Excel workbook (a sheet with an autofilter, and a "
                    + "summary sheet).")
    private Path xlsx;

    @Option(names = "--max-depth", paramLabel = "PCT", description = "Deepest discount in percent (default: 70).")
    private Double maxDepthPct;

    @Option(names = "--sell-through-target", paramLabel = "PCT",
            description = "Share of today's stock to sell by exit, in percent (default: none).")
    private Double sellThroughPct;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Plan a named what-if scenario (its own rule book, objective, budget and changes by hand; "
                    + "docs/markdown-planner.md). Repeat to compare several side by side; the files written are the "
                    + "first scenario's. Not combined with the rule options.")
    private List<Path> scenarios = new ArrayList<>();

    @Option(names = "--objective", paramLabel = "margin|revenue",
            description = "What the plan maximises: margin (revenue + salvage − unit cost × stock on hand) or revenue "
                    + "(default: margin).")
    private String objective;

    /** The scenarios' runs (empty without --scenario), the first being the plan written. */
    private List<ScenarioRun> runs = List.of();

    @Option(names = "--markdown-budget", paramLabel = "AMOUNT",
            description = "Most markdown cost (revenue given up against today's price on the units sold below it) "
                    + "of the whole plan, over all product-stores (default: none).")
    private Double planBudget;

    @Option(names = "--markdown-budget-per-product", paramLabel = "AMOUNT",
            description = "Most markdown cost of one product's price path in its store or price cluster "
                    + "(default: none).")
    private Double markdownBudget;

    @Option(names = "--no-cluster-pricing", description = "Plan every store on its own instead of per price cluster.")
    private boolean noClusterPricing;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        MarkdownRules rules = MarkdownRules.defaults();
        try {
            if (maxDepthPct != null) {
                rules = rules.withMaxDepth(maxDepthPct / 100);
            }
            if (sellThroughPct != null) {
                rules = rules.withSellThroughTarget(sellThroughPct / 100);
            }
            if (markdownBudget != null) {
                rules = rules.withMarkdownBudget(markdownBudget);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid rule: " + e.getMessage() + ".");
        }
        rules = rules.withClusterPricing(!noClusterPricing);
        if (planBudget != null && !(planBudget >= 0 && planBudget < Double.POSITIVE_INFINITY)) {
            throw new ParameterException(spec.commandLine(), "Invalid rule: the plan's markdown budget must be 0 or "
                    + "more: " + planBudget + ".");
        }
        if (!scenarios.isEmpty() && (maxDepthPct != null || sellThroughPct != null || markdownBudget != null
                || planBudget != null || noClusterPricing || objective != null)) {
            throw new ParameterException(spec.commandLine(), "--scenario carries its own rules and objective; "
                    + "drop --objective, --max-depth, --sell-through-target, --markdown-budget, "
                    + "--markdown-budget-per-product and --no-cluster-pricing.");
        }
        Objective goal;
        try {
            goal = objective == null ? Objective.MARGIN : Objective.parse(objective);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid --objective: " + objective
                    + " (margin or revenue).");
        }
        DataSet dataSet = SellThroughHistory.load(data.resolveForJob());
        PlanResult result;
        if (scenarios.isEmpty()) {
            result = new MarkdownPlanner(new RuleBook(rules, Map.of(), goal,
                    planBudget == null ? Double.NaN : planBudget)).plan(dataSet);
        } else {
            List<Scenario> read = new ArrayList<>();
            for (Path file : scenarios) {
                read.add(readScenario(file));
            }
            MarkdownPlanner.FittedHistory history = MarkdownPlanner.fit(dataSet);
            runs = read.stream().map(sc -> ScenarioRun.of(history, sc, () -> false, done -> { })).toList();
            result = runs.get(0).plan();
        }
        long totalMillis = (System.nanoTime() - start) / 1_000_000;
        // Written beside their places first and moved there together, so a workbook that cannot be written leaves
        // no price-change file behind to be mistaken for the whole plan.
        try (StagedFiles staged = new StagedFiles()) {
            stage(staged, "the price changes", out, file -> PriceChangeWriter.write(result.priceChanges(), file));
            if (xlsx != null) {
                stage(staged, "the workbook", xlsx, file -> PriceChangeWorkbook.write(result, file));
            }
            if (report != null) {
                stage(staged, "the report", report, file -> PlanReportWriter.write(result, totalMillis, file));
            }
            staged.publish();
        } catch (StagedFiles.PublishException e) {
            throw FileProblems.cannotWrite(e.what(), e.file(), e.getCause());
        }
        PlanSummary s = result.summary();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(String.format(Locale.ROOT,
                "Planned %d product-stores from week %s: %d price changes written to %s", s.productStores(),
                result.asOf().plusWeeks(1), s.priceChanges(), out));
        stdout.println(String.format(Locale.ROOT,
                "Objective %s: %.2f vs rule-of-thumb baseline %.2f, keep prices %.2f; %d of %d product-stores hold "
                        + "the price; markdown cost %.2f.",
                s.objectiveName(), s.objectiveValue(), s.baselineObjective(), s.keepObjective(), s.holdingPrice(),
                s.productStores(), s.markdownCost()));
        stdout.println(String.format(Locale.ROOT,
                "Margin %.2f vs rule-of-thumb baseline %.2f (%+.1f %%), keep prices %.2f; sell-through %.1f %% "
                        + "(baseline %.1f %%), %.0f units left at exit (baseline %.0f) — projected under the fitted "
                        + "demand model.",
                s.margin(), s.baselineMargin(), s.marginUpliftPct(), s.noMarkdownMargin(), s.sellThrough() * 100,
                s.baselineSellThrough() * 100, s.leftoverUnits(), s.baselineLeftoverUnits()));
        if (result.budget().hasBudget()) {
            stdout.println(result.budget().describe(s.markdownCost(), s.objectiveValue()) + ".");
        }
        for (ScenarioRun run : runs) {
            stdout.print(ScenarioText.describe(run));
        }
        if (runs.size() > 1) {
            stdout.print(ScenarioText.table(ScenarioComparison.compare(runs)));
        }
        if (s.targetMissed() > 0) {
            stdout.println(String.format(Locale.ROOT, "Sell-through target infeasible for %d product-stores: no "
                    + "rule-abiding price path reaches it; their plans are the best without it.", s.targetMissed()));
        }
        return 0;
    }

    private static Scenario readScenario(Path file) {
        try {
            return ScenarioJson.read(Utf8Text.read(file));
        } catch (IOException e) {
            throw FileProblems.cannotRead(file, e);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("The scenario " + file + " is not valid: " + e.getMessage(), e);
        }
    }

    private static void stage(StagedFiles staged, String what, Path file, StagedFiles.Writer writer) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw FileProblems.cannotWrite(what, file, e);
        }
        staged.write(what, file, writer);
    }
}
