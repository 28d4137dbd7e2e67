package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow") // pivots the whole sample into CSV and a workbook; fast: PivotsTest
class PivotCommandTest {

    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesWeeklyUnitsByCategoryAsCsvAndAsAWorkbook(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("units.csv");
        Path xlsx = folder.resolve("units.xlsx");

        assertEquals(0, run("pivot", "--data", "sample", "--file", "sales_weekly", "--rows", "category",
                "--columns", "week", "--measure", "units", "--agg", "sum", "--out", csv.toString()), cli.err());
        assertTrue(cli.out().contains("Wrote " + csv), cli.out());
        assertEquals(0, run("pivot", "--data", "sample", "--file", "sales_weekly.csv", "--rows", "category",
                "--columns", "week_start", "--measure", "units_sold", "--out", xlsx.toString()), cli.err());

        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("category,20"), lines.get(0));
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
        assertTrue(cli.err().contains("The data set has no file \"sales\"; its files are customers,"),
                cli.err());
        assertEquals(1, run("pivot", "--data", "sample", "--file", "sales_weekly", "--rows", "region",
                "--measure", "units", "--out", out.toString()));
        assertTrue(cli.err().contains("sales_weekly has no column \"region\""), cli.err());
        assertEquals(1, run("pivot", "--data", "sample", "--file", "sales_weekly", "--rows", "category",
                "--measure", "units", "--agg", "average", "--out", out.toString()));
        assertTrue(cli.err().contains("There is no aggregation \"average\"; use one of sum, mean"),
                cli.err());
        assertFalse(Files.exists(out));
    }
}
