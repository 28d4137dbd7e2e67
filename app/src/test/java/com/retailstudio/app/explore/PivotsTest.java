package com.retailstudio.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.io.DataFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class PivotsTest {

    @TempDir
    static Path folder;
    static Table sales;

    @BeforeAll
    static void loadSales() throws Exception {
        SampleCsv.extract(folder);
        sales = PivotSource.load(folder, DataFile.SALES_WEEKLY);
    }

    private static PivotRequest request(String rows, String columns, String measure, Aggregation aggregation) {
        return new PivotRequest("sales_weekly", rows, Optional.ofNullable(columns), measure, aggregation);
    }

    @Test
    void unitsByStoreAndWeekAddUpToTheUnitsOfTheCsvCellByCell() {
        Table pivot = Pivots.pivot(sales, request("store_id", "week_start", "units_sold", Aggregation.SUM));

        int store = SampleCsv.column(folder, "sales_weekly.csv", "store_id");
        int week = SampleCsv.column(folder, "sales_weekly.csv", "week_start");
        int units = SampleCsv.column(folder, "sales_weekly.csv", "units_sold");
        Map<String, Long> byCell = new HashMap<>();
        long total = 0;
        for (String[] row : SampleCsv.rows(folder, "sales_weekly.csv")) {
            byCell.merge(row[store] + "|" + row[week], Long.parseLong(row[units]), Long::sum);
            total += Long.parseLong(row[units]);
        }
        assertEquals(total, Pivots.total(pivot), 1e-6);
        assertEquals(List.of("S001", "S002", "S003"), pivot.stringColumn("store_id").asList());
        for (int row = 0; row < pivot.rowCount(); row++) {
            for (int column = 1; column < pivot.columnCount(); column++) {
                String key = pivot.getString(row, 0) + "|" + pivot.column(column).name();
                double cell = pivot.numberColumn(column).isMissing(row) ? 0 : pivot.numberColumn(column).getDouble(row);
                assertEquals(byCell.getOrDefault(key, 0L), cell, 1e-6, key);
            }
        }
        List<String> weeks = pivot.columnNames().subList(1, pivot.columnCount());
        assertEquals(weeks.stream().sorted().toList(), weeks, "weeks in time order");
    }

    @Test
    void unitsByCategoryComeFromTheProductsFileAndStillAddUpToTheCsvTotal() {
        Table pivot = Pivots.pivot(sales, request("category", "week", "units", Aggregation.SUM));

        Map<String, String> categoryOfProduct = new HashMap<>();
        int productId = SampleCsv.column(folder, "products.csv", "product_id");
        int category = SampleCsv.column(folder, "products.csv", "category");
        SampleCsv.rows(folder, "products.csv").forEach(row -> categoryOfProduct.put(row[productId], row[category]));
        int product = SampleCsv.column(folder, "sales_weekly.csv", "product_id");
        int units = SampleCsv.column(folder, "sales_weekly.csv", "units_sold");
        Map<String, Long> byCategory = new HashMap<>();
        for (String[] row : SampleCsv.rows(folder, "sales_weekly.csv")) {
            byCategory.merge(categoryOfProduct.get(row[product]), Long.parseLong(row[units]), Long::sum);
        }
        assertEquals(byCategory.size(), pivot.rowCount());
        for (int row = 0; row < pivot.rowCount(); row++) {
            double rowTotal = 0;
            for (int column = 1; column < pivot.columnCount(); column++) {
                rowTotal += pivot.numberColumn(column).isMissing(row) ? 0 : pivot.numberColumn(column).getDouble(row);
            }
            assertEquals(byCategory.get(pivot.getString(row, 0)), rowTotal, 1e-6, pivot.getString(row, 0));
        }
        assertTrue(pivot.columnNames().get(1).matches("\\d{4}-\\d{2}-\\d{2}"), pivot.columnNames().toString());
    }

    @Test
    void withoutColumnsTheMeanPriceOfEachStoreIsOneColumn() {
        Table pivot = Pivots.pivot(sales, request("store_id", null, "price", Aggregation.MEAN));

        int store = SampleCsv.column(folder, "sales_weekly.csv", "store_id");
        int price = SampleCsv.column(folder, "sales_weekly.csv", "price");
        double sum = 0;
        int count = 0;
        for (String[] row : SampleCsv.rows(folder, "sales_weekly.csv")) {
            if (row[store].equals("S002")) {
                sum += Double.parseDouble(row[price]);
                count++;
            }
        }
        assertEquals(List.of("store_id", "mean of price"), pivot.columnNames());
        assertEquals(sum / count, pivot.numberColumn(1).getDouble(1), 1e-9);
    }

    @Test
    void unknownColumnsAggregationsAndFilesAreRefusedByName() {
        ExploreException column = assertThrows(ExploreException.class,
                () -> Pivots.pivot(sales, request("region", "week", "units", Aggregation.SUM)));
        assertTrue(column.getMessage().startsWith("sales_weekly has no column \"region\"; its columns are store_id,"),
                column.getMessage());
        ExploreException ambiguous = assertThrows(ExploreException.class,
                () -> Pivots.pivot(sales, request("s", "week", "units", Aggregation.SUM)));
        assertTrue(ambiguous.getMessage().contains("\"s\" names more than one column of sales_weekly: store_id,"),
                ambiguous.getMessage());
        ExploreException text = assertThrows(ExploreException.class,
                () -> Pivots.pivot(sales, request("week", null, "category", Aggregation.SUM)));
        assertTrue(text.getMessage().contains("\"category\" of sales_weekly is not a number column"), text.getMessage());
        ExploreException aggregation = assertThrows(ExploreException.class, () -> Aggregation.named("avg"));
        assertEquals("There is no aggregation \"avg\"; use one of sum, mean, count, min, max, median, distinct.",
                aggregation.getMessage());
        ExploreException file = assertThrows(ExploreException.class, () -> ContractTables.file("sales"));
        assertTrue(file.getMessage().startsWith("The data set has no file \"sales\"; its files are customers,"),
                file.getMessage());
    }

    @Test
    void exportsAsCsvAndAsAWorkbookWithNumbersAsNumbers(@TempDir Path out) throws Exception {
        Table pivot = Pivots.pivot(sales, request("store_id", "week", "units", Aggregation.SUM));
        Path csv = out.resolve("pivot.csv");
        Path xlsx = out.resolve("pivot.xlsx");

        PivotExport.write(pivot, csv);
        PivotExport.write(pivot, xlsx);

        List<String> lines = Files.readAllLines(csv);
        assertEquals(String.join(",", pivot.columnNames()), lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("S001," + PivotExport.plain(pivot.numberColumn(1).getDouble(0)) + ","),
                lines.get(1));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("store_id", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("S003", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(pivot.numberColumn(2).getDouble(2), sheet.getRow(3).getCell(2).getNumericCellValue(), 1e-9);
        }
        ExploreException format = assertThrows(ExploreException.class,
                () -> PivotExport.write(pivot, out.resolve("pivot.ods")));
        assertTrue(format.getMessage().contains("written as .csv or .xlsx"), format.getMessage());
        try (var left = Files.list(out)) {
            assertEquals(List.of("pivot.csv", "pivot.xlsx"),
                    left.map(path -> path.getFileName().toString()).sorted().toList(), "no staging file left");
        }
    }
}
