package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanMarkdownsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RetailStudioCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void plansTheSampleAndWritesPriceChangesAndAReport(@TempDir Path folder) throws Exception {
        Path plan = folder.resolve("plan.csv");
        Path report = folder.resolve("out").resolve("report.json");

        assertEquals(0, run("plan-markdowns", "--data", "sample", "--out", plan.toString(), "--report",
                report.toString()), err.toString());

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
        assertTrue(out.toString().contains("price changes written"), out.toString());
    }

    @Test
    void theXlsxOptionWritesTheSamePriceChangesAsAWorkbook(@TempDir Path folder) throws Exception {
        Path plan = folder.resolve("plan.csv");
        Path workbook = folder.resolve("excel").resolve("plan.xlsx");

        assertEquals(0, run("plan-markdowns", "--data", "sample", "--out", plan.toString(), "--xlsx",
                workbook.toString()), err.toString());

        List<String> lines = Files.readAllLines(plan);
        try (java.io.InputStream in = Files.newInputStream(workbook);
             org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("Price changes");
            assertEquals(lines.size() - 1, sheet.getLastRowNum());
            for (int i = 1; i < lines.size(); i += Math.max(1, lines.size() / 20)) {
                String[] f = lines.get(i).split(",");
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(i);
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
        assertTrue(err.toString().contains("does not exist"), err.toString());
    }

    @Test
    void anImpossibleMaximumDepthIsBadUsage(@TempDir Path folder) {
        assertEquals(2, run("plan-markdowns", "--data", "sample", "--out", folder.resolve("p.csv").toString(),
                "--max-depth", "120"));
        assertTrue(err.toString().contains("maximum depth"), err.toString());
    }

    @Test
    void theOutputFileIsRequired() {
        assertEquals(2, run("plan-markdowns", "--data", "sample"));
        assertTrue(err.toString().contains("--out"), err.toString());
    }
}
