package com.retailstudio.app.export;

import com.retailstudio.data.io.SpreadsheetSafeCsv;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flags CSV cells of a bundle that a spreadsheet would run as formulas: store systems' staff open the price changes in
 * Excel, and a product id like {@code +cmd|' /C calc'!A0} must arrive as text ({@link SpreadsheetSafeCsv}).
 */
final class FormulaCells {

    /** At most this many cells are named per file; one is enough to refuse it. */
    private static final int MAX_PER_FILE = 5;

    private FormulaCells() {
    }

    static List<String> scan(Map<String, byte[]> files) {
        List<String> problems = new ArrayList<>();
        files.forEach((path, bytes) -> {
            if (!path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                return;
            }
            List<SpreadsheetSafeCsv.Record> records;
            try {
                records = SpreadsheetSafeCsv.records(new String(bytes, StandardCharsets.UTF_8));
            } catch (SpreadsheetSafeCsv.MalformedCsvException e) {
                problems.add(e.problem(path));
                return;
            }
            List<String> header = records.isEmpty() ? List.of() : records.get(0).cells();
            int found = 0;
            for (int i = 0; i < records.size() && found < MAX_PER_FILE; i++) {
                List<String> cells = records.get(i).cells();
                for (int c = 0; c < cells.size() && found < MAX_PER_FILE; c++) {
                    String column = c < header.size() && i > 0 ? "column " + header.get(c) : "cell " + (c + 1);
                    String at = path + " line " + records.get(i).line() + " " + column + " ";
                    for (String problem : SpreadsheetSafeCsv.formulaProblem(cells.get(c)).stream().toList()) {
                        problems.add(at + problem + ".");
                        found++;
                    }
                }
            }
        });
        return problems;
    }
}
