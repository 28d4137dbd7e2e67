package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.scenario.Scenario;
import com.retailstudio.markdown.scenario.ScenarioJson;
import com.retailstudio.testsupport.CommandLineHarness;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanMarkdownsCommandTest {

    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void plansTheSampleAndWritesPriceChangesAndAReport(@TempDir Path folder) throws Exception {
        Path plan = folder.resolve("plan.csv");
        Path report = folder.resolve("out").resolve("report.json");

        assertEquals(0, run("plan-markdowns", "--data", "sample", "--out", plan.toString(), "--report",
                report.toString()), cli.err());

        List<String> lines = Files.readAllLines(plan);
        assertEquals("store_id,product_id,effective_date,old_price,new_price,discount_pct", lines.get(0));
        assertTrue(lines.size() > 10, "some price changes");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertEquals(6, f.length, line);
            assertEquals(DayOfWeek.MONDAY, LocalDate.parse(f[2]).getDayOfWeek(), line);
            assertTrue(Double.parseDouble(f[4]) < Double.parseDouble(f[3]), "prices only go down: " + line);
            assertTrue(f[4].endsWith(".99") || f[4].endsWith(".49"), "new prices end in .49 or .99: " + line);
            assertTrue(Double.parseDouble(f[5]) <= 70.0, "no deeper than 70 %: " + line);
        }
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        for (String field : List.of("margin", "baseline_margin", "margin_uplift_pct", "sell_through",
                "leftover_units")) {
            assertTrue(json.get("summary").get(field).isNumber(), field);
        }
        assertTrue(json.get("summary").get("margin").asDouble() >= json.get("summary").get("baseline_margin")
                .asDouble(), "the optimised plan earns at least the baseline under the model it optimises");
        assertEquals(300, json.get("products").size());
        JsonNode first = json.get("products").get(0);
        assertTrue(first.get("elasticity").asDouble() < 0);
        assertEquals(2, first.get("elasticity_ci").size());
        assertTrue(first.get("elasticity_ci").get(0).asDouble() < first.get("elasticity_ci").get(1).asDouble());
        assertTrue(json.get("run").get("total_ms").isNumber());
        assertTrue(cli.out().contains("price changes written"), cli.out());
    }

    /**
     * Every product-store's figures can be recomputed from the report alone: the fitted demand it gives and the
     * formulas of docs/markdown-planner.md; no plan earns less than keeping its price, and the summary counts those
     * that hold it.
     */
    @Tag("slow") // plans the whole sample; fast: plansTheSampleAndWritesPriceChangesAndAReport, markdown-planner's tests
    @Test
    void theReportGivesEachProductStoresFiguresWithTheDemandToRecomputeThem(@TempDir Path folder) throws Exception {
        Path report = folder.resolve("report.json");
        assertEquals(0, run("plan-markdowns", "--data", "sample", "--out", folder.resolve("plan.csv").toString(),
                "--report", report.toString(), "--objective", "revenue"), cli.err());

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        JsonNode summary = json.get("summary");
        assertEquals("revenue", summary.get("objective").asText());
        JsonNode rows = json.get("product_stores");
        assertEquals(900, rows.size());
        int holding = 0;
        double objective = 0;
        for (JsonNode row : rows) {
            assertEquals("revenue", row.get("objective").asText());
            JsonNode demand = row.get("demand");
            for (String figure : List.of("plan", "keep_price", "baseline")) {
                JsonNode o = row.get(figure);
                double stock = row.get("stock_now").asDouble();
                double full = row.get("full_price").asDouble();
                double revenue = 0;
                double sold = 0;
                double cost = 0;
                for (int t = 0; t < o.get("prices").size(); t++) {
                    double price = o.get("prices").get(t).asDouble();
                    double fill = Math.min(1, stock / demand.get("fixture_stock").asDouble());
                    double units = stock <= 0 ? 0 : Math.min(stock, demand.get("level_per_week").get(t).asDouble()
                            * Math.pow(fill, demand.get("broken_assortment_exponent").asDouble())
                            * Math.pow(price / full, demand.get("elasticity").asDouble()));
                    revenue += units * price;
                    cost += units * (row.get("current_price").asDouble() - price);
                    sold += units;
                    stock -= units;
                }
                double margin = revenue + stock * row.get("salvage_per_unit").asDouble()
                        - row.get("unit_cost").asDouble() * row.get("stock_now").asDouble();
                String at = row.get("product_id").asText() + "@" + row.get("store_id").asText() + " " + figure;
                double tolerance = 0.02 + 1e-4 * Math.abs(revenue);
                assertEquals(o.get("revenue").asDouble(), revenue, tolerance, at);
                assertEquals(o.get("objective").asDouble(), revenue, tolerance, at);
                assertEquals(o.get("margin").asDouble(), margin, tolerance + 1e-4 * Math.abs(margin), at);
                assertEquals(o.get("units_sold").asDouble(), sold, 1e-3 + 1e-4 * sold, at);
                assertEquals(o.get("units_left").asDouble(), stock, 1e-3 + 1e-4 * sold, at);
                assertEquals(o.get("markdown_cost").asDouble(), cost, tolerance, at);
            }
            assertTrue(row.get("plan").get("objective").asDouble()
                    >= row.get("keep_price").get("objective").asDouble() - 0.01, row.toString());
            holding += row.get("holds_price").asBoolean() ? 1 : 0;
            objective += row.get("plan").get("objective").asDouble();
        }
        assertEquals(holding, summary.get("product_stores_holding_price").asInt());
        assertEquals(summary.get("objective_value").asDouble(), objective, 1.0);
        assertTrue(cli.out().contains("Objective revenue: ") && cli.out().contains(holding + " of 900 "
                + "product-stores hold the price"), cli.out());
    }

    @Tag("slow") // plans the whole sample; fast: plansTheSampleAndWritesPriceChangesAndAReport, markdown-planner's tests
    @Test
    void scenariosArePlannedAndComparedSideBySide(@TempDir Path folder) throws Exception {
        Path margin = folder.resolve("margin.json");
        Files.writeString(margin, ScenarioJson.write(
                new Scenario("keep margin",
                        RuleBook.standard(), List.of())));
        Path revenue = folder.resolve("revenue.json");
        Files.writeString(revenue, ScenarioJson.write(
                new Scenario("chase revenue",
                        RuleBook.standard().withObjective(
                                Objective.REVENUE),
                        List.of(new Scenario.HandChange("P00001", "S001",
                                LocalDate.of(2020, 1, 6), 100)))));

        assertEquals(0, run("plan-markdowns", "--data", "sample", "--out", folder.resolve("plan.csv").toString(),
                "--scenario", margin.toString(), "--scenario", revenue.toString()), cli.err());
        String text = cli.out();
        assertTrue(text.contains("Scenario \"keep margin\": margin "), text);
        assertTrue(text.contains("Scenario \"chase revenue\": revenue "), text);
        assertTrue(text.contains("0 of 1 changes by hand kept") && text.contains("dropped: P00001 in S001"), text);
        assertTrue(text.contains("objective by category, difference from \"keep margin\""), text);

        assertEquals(2, run("plan-markdowns", "--data", "sample", "--out", folder.resolve("p.csv").toString(),
                "--scenario", margin.toString(), "--max-depth", "50"));
        assertTrue(cli.err().contains("--scenario carries its own rules"), cli.err());
        Files.writeString(revenue, "{\"schemaVersion\": 1, \"name\": \"x\"}");
        assertEquals(1, run("plan-markdowns", "--data", "sample", "--out", folder.resolve("q.csv").toString(),
                "--scenario", revenue.toString()));
        assertTrue(cli.err().contains("revenue.json is not valid: /rules"), cli.err());
    }

    @Tag("slow") // plans the whole sample; fast: plansTheSampleAndWritesPriceChangesAndAReport, markdown-planner's tests
    @Test
    void theXlsxOptionWritesTheSamePriceChangesAsAWorkbook(@TempDir Path folder) throws Exception {
        Path plan = folder.resolve("plan.csv");
        Path workbook = folder.resolve("excel").resolve("plan.xlsx");

        assertEquals(0, run("plan-markdowns", "--data", "sample", "--out", plan.toString(), "--xlsx",
                workbook.toString()), cli.err());

        List<String> lines = Files.readAllLines(plan);
        try (InputStream in = Files.newInputStream(workbook);
             Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheet("Price changes");
            assertEquals(lines.size() - 1, sheet.getLastRowNum());
            for (int i = 1; i < lines.size(); i += Math.max(1, lines.size() / 20)) {
                String[] f = lines.get(i).split(",");
                Row row = sheet.getRow(i);
                assertEquals(f[0], row.getCell(0).getStringCellValue());
                assertEquals(f[1], row.getCell(1).getStringCellValue());
                assertEquals(LocalDate.parse(f[2]), row.getCell(4).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(Double.parseDouble(f[4]), row.getCell(6).getNumericCellValue(), 1e-9);
            }
        }
    }

    @Test
    void aMissingDataFolderFailsWithOneSentence(@TempDir Path folder) {
        assertEquals(1, run("plan-markdowns", "--data", folder.resolve("nope").toString(), "--out",
                folder.resolve("p.csv").toString()));
        assertTrue(cli.err().contains("does not exist"), cli.err());
    }

    @Test
    void anImpossibleMaximumDepthIsBadUsage(@TempDir Path folder) {
        assertEquals(2, run("plan-markdowns", "--data", "sample", "--out", folder.resolve("p.csv").toString(),
                "--max-depth", "120"));
        assertTrue(cli.err().contains("maximum depth"), cli.err());
    }

    @Test
    void theOutputFileIsRequired() {
        assertEquals(2, run("plan-markdowns", "--data", "sample"));
        assertTrue(cli.err().contains("--out"), cli.err());
    }

    /**
     * The plan-wide budget: the report gives the budget, what the plan used, whether it bound and the bound with its
     * gap; the command prints the same line; the plan's markdown cost is within the budget and no product-store earns
     * less than keeping its price.
     */
    @Tag("slow") // plans the whole sample; fast: plansTheSampleAndWritesPriceChangesAndAReport, markdown-planner's tests
    @Test
    void aPlanWideMarkdownBudgetIsKeptReportedAndPrinted(@TempDir Path folder) throws Exception {
        Path report = folder.resolve("report.json");

        assertEquals(0, run("plan-markdowns", "--data", "sample", "--out", folder.resolve("p.csv").toString(),
                "--report", report.toString(), "--markdown-budget", "5000"), cli.err());

        JsonNode summary = new ObjectMapper().readTree(report.toFile()).get("summary");
        JsonNode budget = summary.get("plan_markdown_budget");
        assertEquals(5000.0, budget.get("budget").asDouble());
        assertTrue(budget.get("binding").asBoolean(), "the sample's plan costs more than 5,000 without a budget");
        assertTrue(budget.get("used").asDouble() <= 5000.0 + 1e-6, budget.toString());
        assertEquals(summary.get("markdown_cost").asDouble(), budget.get("used").asDouble(), 1e-9);
        assertTrue(budget.get("upper_bound").asDouble() >= summary.get("objective_value").asDouble() - 0.01);
        assertEquals(budget.get("upper_bound").asDouble() - summary.get("objective_value").asDouble(),
                budget.get("gap").asDouble(), 0.011);
        assertTrue(budget.get("proven_optimal").isBoolean());
        for (JsonNode row : new ObjectMapper().readTree(report.toFile()).get("product_stores")) {
            assertTrue(row.get("plan").get("objective").asDouble() >= row.get("keep_price").get("objective")
                    .asDouble() - 0.01, row.get("product_id") + " in " + row.get("store_id"));
        }
        assertTrue(cli.out().contains(String.format(Locale.ROOT,
                "Markdown budget 5,000.00 per plan: %,.2f used, binding", budget.get("used").asDouble())),
                cli.out());
    }

    @Test
    void aNegativePlanBudgetIsBadUsage(@TempDir Path folder) {
        assertEquals(2, run("plan-markdowns", "--data", "sample", "--out", folder.resolve("p.csv").toString(),
                "--markdown-budget", "-1"));
        assertTrue(cli.err().contains("markdown budget must be 0 or more"), cli.err());
    }
}
