package com.retailstudio.markdown.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.markdown.engine.MarkdownPlanner;
import com.retailstudio.markdown.engine.PlanOverrides;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PriceChange;
import com.retailstudio.markdown.model.RuleBook;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceChangeWorkbookTest {

    @TempDir
    Path temp;

    @Test
    void theWorkbookHoldsEveryPriceChangeAsTypedCellsWithAFrozenFilteredHeaderAndASummary() throws Exception {
        Path data = temp.resolve("sample");
        BundledSample.extractTo(data);
        PlanResult plan = new MarkdownPlanner(RuleBook.standard()).plan(DataSetLoader.load(data));
        Path file = temp.resolve("plan.xlsx");

        PriceChangeWorkbook.write(plan, file);

        List<PriceChange> expected = plan.priceChanges().stream().sorted(Comparator.comparing(PriceChange::storeId)
                .thenComparing(PriceChange::productId).thenComparing(PriceChange::effectiveDate)).toList();
        assertTrue(expected.size() > 100, "the sample plan has many price changes: " + expected.size());
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            assertEquals(List.of(PriceChangeWorkbook.CHANGES, PriceChangeWorkbook.SUMMARY),
                    List.of(book.getSheetName(0), book.getSheetName(1)));
            Sheet sheet = book.getSheet(PriceChangeWorkbook.CHANGES);
            Row header = sheet.getRow(0);
            for (int c = 0; c < PriceChangeWorkbook.HEADER.size(); c++) {
                assertEquals(PriceChangeWorkbook.HEADER.get(c), header.getCell(c).getStringCellValue());
            }
            assertEquals(expected.size(), sheet.getLastRowNum());
            for (int i = 0; i < expected.size(); i++) {
                PriceChange want = expected.get(i);
                Row row = sheet.getRow(i + 1);
                assertEquals(want.storeId(), row.getCell(0).getStringCellValue());
                assertEquals(want.productId(), row.getCell(1).getStringCellValue());
                assertEquals(CellType.NUMERIC, row.getCell(4).getCellType());
                assertTrue(DateUtil.isCellDateFormatted(row.getCell(4)), "a date cell");
                assertEquals(want.effectiveDate(), row.getCell(4).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(want.oldPrice(), row.getCell(5).getNumericCellValue(), 1e-9);
                assertEquals(want.newPrice(), row.getCell(6).getNumericCellValue(), 1e-9);
                assertEquals("#,##0.00", row.getCell(6).getCellStyle().getDataFormatString());
                assertEquals(want.discountPct(), row.getCell(7).getNumericCellValue(), 1e-9);
            }
            assertFalse(sheet.getRow(1).getCell(2).getStringCellValue().isBlank(), "the product's name");
            XSSFSheet xssf = (XSSFSheet) sheet;
            assertEquals("A1:H" + (expected.size() + 1), xssf.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getPaneInformation().isFreezePane());

            Sheet summary = book.getSheet(PriceChangeWorkbook.SUMMARY);
            assertEquals(plan.asOf().plusWeeks(1), summary.getRow(1).getCell(1).getLocalDateTimeCellValue()
                    .toLocalDate());
            assertEquals(plan.summary().productStores(), summary.getRow(2).getCell(1).getNumericCellValue(), 0);
            assertEquals(expected.size(), summary.getRow(3).getCell(1).getNumericCellValue(), 0);
            assertEquals("margin", summary.getRow(4).getCell(0).getStringCellValue());
            assertEquals(plan.summary().margin(), summary.getRow(4).getCell(1).getNumericCellValue(), 1e-6);
            assertEquals(plan.summary().baselineMargin(), summary.getRow(5).getCell(1).getNumericCellValue(), 1e-6);
            assertEquals("objective (margin)", summary.getRow(14).getCell(0).getStringCellValue());
            assertEquals(plan.summary().objectiveValue(), summary.getRow(14).getCell(1).getNumericCellValue(), 1e-6);
            assertEquals(plan.summary().holdingPrice(), summary.getRow(17).getCell(1).getNumericCellValue(), 0);
        }
        try (var files = Files.list(temp)) {
            assertEquals(List.of("plan.xlsx", "sample"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no temporary file left behind");
        }
    }

    @Test
    void aPlanWithoutPriceChangesStillWritesTheHeaderAndSummary() throws Exception {
        PlanResult empty = PlanOverrides.withPlans(new PlanResult(
                LocalDate.of(2026, 9, 7), List.of(), List.of(), null, List.of(), 0, 0), List.of());
        Path file = temp.resolve("empty.xlsx");
        PriceChangeWorkbook.write(empty, file);
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            assertEquals(0, book.getSheet(PriceChangeWorkbook.CHANGES).getLastRowNum());
            assertEquals(0, book.getSheet(PriceChangeWorkbook.SUMMARY).getRow(3).getCell(1).getNumericCellValue(), 0);
        }
    }
}
