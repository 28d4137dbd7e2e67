package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.data.model.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;

/** Whatever text and numbers a record holds, what the writer writes the reader reads back unchanged. */
@Tag("slow")
class CsvRoundTripTest {

    @Provide
    Arbitrary<String> fieldText() {
        // Any text a user could type, including separators, quotes and line breaks; U+FFFD is excluded because
        // readers take it as the mark of bytes that were not UTF-8, and lone surrogates cannot be encoded at all.
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars(',', '"', '\n', '\r', '\t', 'é', 'ß', '€', '中')
                .ofMinLength(1).ofMaxLength(30);
    }

    @Property(tries = 300)
    void storeRecordsSurviveWritingAndReading(
            @ForAll("fieldText") String id,
            @ForAll("fieldText") String name,
            @ForAll("fieldText") String city,
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double width,
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double depth,
            @ForAll("fieldText") String cluster) throws IOException {
        Store store = new Store(id, name, city, ZoneId.of("Europe/London"), width, depth, cluster);
        Path folder = Files.createTempDirectory("round-trip");
        try {
            Path file = folder.resolve("stores.csv");
            try (var writer = CsvWriters.stores(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                writer.write(store);
            }

            try (var rows = DataReaders.stores(file)) {
                assertEquals(List.of(store), rows.toList());
            }
        } finally {
            delete(folder);
        }
    }

    @Property(tries = 2000)
    void everyFiniteDecimalIsWrittenPlainAndReadBackExactly(@ForAll double value) throws InvalidValue {
        Assume.that(Double.isFinite(value));

        String text = FieldText.decimal(value);

        assertEquals(false, text.contains("E"), text);
        assertEquals(value == 0 ? 0.0 : value, (Double) ColumnType.DECIMAL.parse(text), 0.0);
    }

    private static void delete(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
