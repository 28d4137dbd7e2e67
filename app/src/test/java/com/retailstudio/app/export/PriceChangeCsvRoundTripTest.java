package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.markdown.io.PriceChangeWriter;
import com.retailstudio.markdown.model.PriceChange;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The bundle validator reads the price-change file the way the planner's writer wrote it, whatever the ids hold. */
class PriceChangeCsvRoundTripTest {

    @Property(tries = 300)
    void everyFileTheWriterWritesReadsBackToTheSameRowsWithoutProblems(@ForAll("changes") List<PriceChange> changes)
            throws IOException {
        StringWriter csv = new StringWriter();
        PriceChangeWriter.write(changes, csv);
        List<String> problems = new ArrayList<>();

        List<PriceChange> read = PriceChangeFiles.readCsv(
                new String(csv.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), problems);

        assertEquals(List.of(), problems);
        assertEquals(changes.stream().sorted(Comparator.comparing(PriceChange::storeId)
                .thenComparing(PriceChange::productId).thenComparing(PriceChange::effectiveDate)).toList(), read);
    }

    @Provide
    Arbitrary<List<PriceChange>> changes() {
        Arbitrary<String> ids = Arbitraries.of("=", "+", "-", "@", "'", "\"", ",", "\n", "\r\n", "\r", "\t", " ",
                        "é", "店", "\uD83D\uDED2", "P1", "S01", "a\"b", ",\"\n")
                .list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts))
                .filter(id -> !id.isBlank());
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 60).map(LocalDate.of(2026, 9, 7)::plusDays);
        Arbitrary<PriceChange> change = Combinators.combine(ids, ids, dates,
                        Arbitraries.integers().between(100, 100_000), Arbitraries.integers().between(1, 99))
                .as((store, product, date, oldCents, percentOff) -> {
                    int newCents = Math.max(1, oldCents * (100 - percentOff) / 100);
                    return new PriceChange(store, product, date, oldCents / 100.0, newCents / 100.0,
                            Math.round(1000.0 * (oldCents - newCents) / oldCents) / 10.0);
                });
        return change.list().ofMaxSize(8)
                .uniqueElements(c -> c.storeId() + "\u0000" + c.productId() + "\u0000" + c.effectiveDate());
    }

    @Test
    void aValueThatIsNotADateOrANumberIsNamedByLineAndField() {
        List<String> problems = new ArrayList<>();
        String text = PriceChangeWriter.HEADER + "\nS1,\"two\nlines\",2026-09-31,10.00,abc,25.0\n";

        List<PriceChange> read = PriceChangeFiles.readCsv(text, problems);

        assertEquals(List.of(), read);
        assertEquals(List.of(
                "markdowns/price-changes.csv line 2 field effective_date: '2026-09-31' is not a date (YYYY-MM-DD).",
                "markdowns/price-changes.csv line 2 field new_price: 'abc' is not a number."), problems);
    }

    @Test
    void aRowAfterAQuotedLineBreakIsNamedByThePhysicalLineItStartsOn() {
        List<String> problems = new ArrayList<>();
        String text = PriceChangeWriter.HEADER + "\nS1,\"two\nlines\",2026-09-07,10.00,7.50,25.0\nS1,P2,2026-09-07\n";

        PriceChangeFiles.readCsv(text, problems);

        assertEquals(List.of("markdowns/price-changes.csv line 4 has 3 columns; 6 are expected."), problems);
    }

    @Test
    void anUnclosedQuoteIsNamedByTheLineItsRecordStartsOn() {
        List<String> problems = new ArrayList<>();
        String text = PriceChangeWriter.HEADER + "\nS1,P1,2026-09-07,10.00,7.50,25.0\nS1,\"P2,2026-09-07\n";

        assertEquals(null, PriceChangeFiles.readCsv(text, problems));
        assertEquals(List.of("markdowns/price-changes.csv line 3 cannot be read as CSV: Missing closing quote for "
                + "value."), problems);
    }
}
