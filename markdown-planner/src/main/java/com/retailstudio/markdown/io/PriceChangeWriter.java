package com.retailstudio.markdown.io;

import com.retailstudio.data.io.SpreadsheetSafeCsv;
import com.retailstudio.markdown.model.PriceChange;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the price-change file: UTF-8 CSV, LF line ends, header
 * {@code store_id,product_id,effective_date,old_price,new_price,discount_pct}; prices with two decimals, the
 * discount off full price in percent with one decimal; rows sorted by store, product and date. Cells go through
 * {@link SpreadsheetSafeCsv}: a store or product id that could start a spreadsheet formula is neutralised, numbers are
 * plain decimals.
 */
public final class PriceChangeWriter {

    public static final String HEADER = "store_id,product_id,effective_date,old_price,new_price,discount_pct";

    private PriceChangeWriter() {
    }

    public static void write(List<PriceChange> changes, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(changes, w);
        }
    }

    public static void write(List<PriceChange> changes, Writer w) throws IOException {
        w.write(HEADER);
        w.write('\n');
        List<PriceChange> sorted = changes.stream().sorted(Comparator.comparing(PriceChange::storeId)
                .thenComparing(PriceChange::productId).thenComparing(PriceChange::effectiveDate)).toList();
        for (PriceChange c : sorted) {
            w.write(String.join(",", SpreadsheetSafeCsv.text(c.storeId()), SpreadsheetSafeCsv.text(c.productId()),
                    c.effectiveDate().toString(), SpreadsheetSafeCsv.number(c.oldPrice(), 2),
                    SpreadsheetSafeCsv.number(c.newPrice(), 2), SpreadsheetSafeCsv.number(c.discountPct(), 1)));
            w.write('\n');
        }
    }
}
