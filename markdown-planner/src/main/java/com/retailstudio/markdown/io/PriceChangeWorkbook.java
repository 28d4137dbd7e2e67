package com.retailstudio.markdown.io;

import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.markdown.model.PriceChange;
import com.retailstudio.markdown.model.StorePlan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the price changes as an Excel workbook (.xlsx), because merchandisers live in Excel. Sheet
 * {@value #CHANGES}: one row per store, product and effective date, sorted like the CSV, with the columns
 * {@code store_id, product_id, product, category, effective_date, old_price, new_price, discount_pct}; the header is
 * frozen and carries an autofilter; dates are date cells, prices numbers shown with two decimals, the discount a
 * number with one. Sheet {@value #SUMMARY}: the plan's totals against the rule-of-thumb baseline, as labelled values.
 * The workbook is streamed (a window of rows in memory) and written to a temporary file that replaces the target only
 * when complete.
 */
public final class PriceChangeWorkbook {

    public static final String CHANGES = "Price changes";
    public static final String SUMMARY = "Summary";
    public static final List<String> HEADER = List.of("store_id", "product_id", "product", "category",
            "effective_date", "old_price", "new_price", "discount_pct");

    /** Rows an Excel sheet holds below its header. */
    public static final int MAX_ROWS = 1_048_575;

    private PriceChangeWorkbook() {
    }

    public static void write(PlanResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        // created like any new file (not owner-only, as Files.createTempFile would), next to the target
        Path part = parent.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                write(result, out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    public static void write(PlanResult result, OutputStream out) throws IOException {
        if (result.priceChanges().size() > MAX_ROWS) {
            throw new IOException(String.format(Locale.ROOT, "%,d price changes do not fit one Excel sheet "
                    + "(at most %,d rows); write the CSV instead", result.priceChanges().size(), MAX_ROWS));
        }
        Map<String, StorePlan> product = new HashMap<>();
        for (StorePlan p : result.plans()) {
            product.putIfAbsent(p.productId(), p);
        }
        List<PriceChange> sorted = result.priceChanges().stream().sorted(Comparator.comparing(PriceChange::storeId)
                .thenComparing(PriceChange::productId).thenComparing(PriceChange::effectiveDate)).toList();
        SXSSFWorkbook book = new SXSSFWorkbook(500);
        try {
            CreationHelper helper = book.getCreationHelper();
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = book.createCellStyle();
            money.setDataFormat(helper.createDataFormat().getFormat("#,##0.00"));
            CellStyle oneDecimal = book.createCellStyle();
            oneDecimal.setDataFormat(helper.createDataFormat().getFormat("0.0"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(helper.createDataFormat().getFormat("0.0%"));
            CellStyle whole = book.createCellStyle();
            whole.setDataFormat(helper.createDataFormat().getFormat("#,##0"));

            Sheet changes = book.createSheet(CHANGES);
            Row top = changes.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                top.createCell(c).setCellValue(HEADER.get(c));
                top.getCell(c).setCellStyle(header);
            }
            int r = 1;
            for (PriceChange change : sorted) {
                Row row = changes.createRow(r++);
                StorePlan p = product.get(change.productId());
                row.createCell(0).setCellValue(change.storeId());
                row.createCell(1).setCellValue(change.productId());
                row.createCell(2).setCellValue(p == null ? "" : p.productName());
                row.createCell(3).setCellValue(p == null ? "" : p.category());
                row.createCell(4).setCellValue(change.effectiveDate());
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(change.oldPrice());
                row.getCell(5).setCellStyle(money);
                row.createCell(6).setCellValue(change.newPrice());
                row.getCell(6).setCellStyle(money);
                row.createCell(7).setCellValue(change.discountPct());
                row.getCell(7).setCellStyle(oneDecimal);
            }
            changes.createFreezePane(0, 1);
            changes.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));
            int[] widths = {10, 12, 28, 16, 14, 11, 11, 13};
            for (int c = 0; c < widths.length; c++) {
                changes.setColumnWidth(c, widths[c] * 256);
            }

            Sheet summary = book.createSheet(SUMMARY);
            PlanSummary s = result.summary();
            Object[][] lines = {
                {"plan starts week of", result.asOf().plusWeeks(1), date},
                {"product-stores", (double) s.productStores(), whole},
                {"price changes", (double) s.priceChanges(), whole},
                {"margin", s.margin(), money},
                {"baseline margin (rule of thumb)", s.baselineMargin(), money},
                {"margin uplift vs baseline", s.marginUpliftPct() / 100, percent},
                {"margin keeping today's prices", s.noMarkdownMargin(), money},
                {"revenue", s.revenue(), money},
                {"baseline revenue", s.baselineRevenue(), money},
                {"sell-through", s.sellThrough(), percent},
                {"baseline sell-through", s.baselineSellThrough(), percent},
                {"units left at exit", s.leftoverUnits(), whole},
                {"baseline units left at exit", s.baselineLeftoverUnits(), whole},
                {"objective (" + s.objectiveName() + ")", s.objectiveValue(), money},
                {"baseline objective", s.baselineObjective(), money},
                {"objective keeping today's prices", s.keepObjective(), money},
                {"product-stores holding the price", (double) s.holdingPrice(), whole},
                {"markdown cost", s.markdownCost(), money},
            };
            Row head = summary.createRow(0);
            head.createCell(0).setCellValue("measure");
            head.createCell(1).setCellValue("value");
            head.getCell(0).setCellStyle(header);
            head.getCell(1).setCellStyle(header);
            for (int i = 0; i < lines.length; i++) {
                Row row = summary.createRow(i + 1);
                row.createCell(0).setCellValue((String) lines[i][0]);
                if (lines[i][1] instanceof LocalDate d) {
                    row.createCell(1).setCellValue(d);
                } else {
                    row.createCell(1).setCellValue((Double) lines[i][1]);
                }
                row.getCell(1).setCellStyle((CellStyle) lines[i][2]);
            }
            Row note = summary.createRow(lines.length + 2);
            note.createCell(0).setCellValue("Projected under the fitted demand model, the model the plan was "
                    + "optimised on; baseline: 30 % off 4 weeks before exit, 50 % off 2 weeks before.");
            summary.setColumnWidth(0, 34 * 256);
            summary.setColumnWidth(1, 16 * 256);
            summary.createFreezePane(0, 1);
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }
}
