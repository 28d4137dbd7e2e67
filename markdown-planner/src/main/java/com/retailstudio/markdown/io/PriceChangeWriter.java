package com.retailstudio.markdown.io;

import com.retailstudio.markdown.model.PriceChange;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes the price-change file: UTF-8 CSV, LF line ends, header
 * {@code store_id,product_id,effective_date,old_price,new_price,discount_pct}; prices with two decimals, the
 * discount off full price in percent with one decimal; rows sorted by store, product and date.
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
            w.write(String.format(Locale.ROOT, "%s,%s,%s,%.2f,%.2f,%.1f%n", csv(c.storeId()), csv(c.productId()),
                    c.effectiveDate(), c.oldPrice(), c.newPrice(), c.discountPct()).replace("\r\n", "\n"));
        }
    }

    private static String csv(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
