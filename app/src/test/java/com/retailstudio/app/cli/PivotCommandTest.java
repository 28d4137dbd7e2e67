package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PivotCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RetailStudioCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void writesWeeklyUnitsByCategoryAsCsvAndAsAWorkbook(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("units.csv");
        Path xlsx = folder.resolve("units.xlsx");

        assertEquals(0, run("pivot", "--data", "sample", "--file", "sales_weekly", "--rows", "category",
                "--columns", "week", "--measure", "units", "--agg", "sum", "--out", csv.toString()), err.toString());
        assertEquals(0, run("pivot", "--data", "sample", "--file", "sales_weekly.csv", "--rows", "category",
                "--columns", "week_start", "--measure", "units_sold", "--out", xlsx.toString()), err.toString());

        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("category,20"), lines.get(0));
        assertTrue(out.toString().contains("Wrote " + csv), out.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(lines.size(), book.getSheetAt(0).getPhysicalNumberOfRows());
            assertEquals(lines.get(1).split(",")[0], book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void unknownFileColumnAndAggregationAreNamedAndNothingIsWritten(@TempDir Path folder) {
        Path out = folder.resolve("pivot.csv");

        assertEquals(1, run("pivot", "--data", "sample", "--file", "sales", "--rows", "category",
                "--measure", "units", "--out", out.toString()));
        assertTrue(err.toString().contains("The data set has no file \"sales\"; its files are customers,"),
                err.toString());
        assertEquals(1, run("pivot", "--data", "sample", "--file", "sales_weekly", "--rows", "region",
                "--measure", "units", "--out", out.toString()));
        assertTrue(err.toString().contains("sales_weekly has no column \"region\""), err.toString());
        assertEquals(1, run("pivot", "--data", "sample", "--file", "sales_weekly", "--rows", "category",
                "--measure", "units", "--agg", "average", "--out", out.toString()));
        assertTrue(err.toString().contains("There is no aggregation \"average\"; use one of sum, mean"),
                err.toString());
        assertFalse(Files.exists(out));
    }
}
