package com.retailstudio.app.explore;

import com.retailstudio.data.io.SpreadsheetSafeCsv;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a pivot as CSV (cells that could start a formula neutralised, see {@link SpreadsheetSafeCsv}) or as an
 * Excel workbook (numbers as numbers), chosen by the file's extension; the file appears whole or not at all.
 */
public final class PivotExport {

    private PivotExport() {
    }

    /** Writes {@code pivot} to {@code target}, a {@code .csv} or {@code .xlsx} file. */
    public static void write(Table pivot, Path target) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean excel = name.endsWith(".xlsx");
        if (!excel && !name.endsWith(".csv")) {
            throw new ExploreException("Cannot write " + target.getFileName() + ": the pivot is written as .csv or "
                    + ".xlsx, chosen by the file's extension.");
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path staging = Files.createTempFile(folder, ".pivot-", ".part");
        try {
            if (excel) {
                writeWorkbook(pivot, staging);
            } else {
                writeCsv(pivot, staging);
            }
            Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    private static void writeCsv(Table pivot, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>();
            pivot.columnNames().forEach(column -> header.add(SpreadsheetSafeCsv.text(column)));
            out.write(String.join(",", header));
            out.write('\n');
            for (int row = 0; row < pivot.rowCount(); row++) {
                List<String> cells = new ArrayList<>();
                for (Column<?> column : pivot.columns()) {
                    cells.add(csvCell(column, row));
                }
                out.write(String.join(",", cells));
                out.write('\n');
            }
        }
    }

    private static String csvCell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumericColumn<?> numbers) {
            return plain(numbers.getDouble(row));
        }
        return SpreadsheetSafeCsv.text(column.getString(row));
    }

    /** A number as plain decimals, never in exponent form, without a trailing {@code .0}. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void writeWorkbook(Table pivot, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Pivot");
            Row header = sheet.createRow(0);
            for (int column = 0; column < pivot.columnCount(); column++) {
                header.createCell(column).setCellValue(pivot.column(column).name());
            }
            for (int row = 0; row < pivot.rowCount(); row++) {
                Row line = sheet.createRow(row + 1);
                for (int column = 0; column < pivot.columnCount(); column++) {
                    Column<?> values = pivot.column(column);
                    if (values.isMissing(row)) {
                        continue;
                    }
                    Cell cell = line.createCell(column);
                    if (values instanceof NumericColumn<?> numbers) {
                        cell.setCellValue(numbers.getDouble(row));
                    } else {
                        cell.setCellValue(values.getString(row));
                    }
                }
            }
            book.write(out);
        }
    }
}
