package com.retailstudio.data.generate;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvLineWriterTest {

    @Test
    void fieldsAreQuotedOnlyWhenTheyHoldACommaAQuoteOrALineBreak() throws IOException {
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,x\n", row(w -> w.text("plain").text("a,b")
                .text("say \"hi\"").text("two\nlines").empty().text("x")));
    }

    @Test
    void headerIsWrittenOnceAndNotCountedAsARow() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvLineWriter w = CsvLineWriter.create(bytes, List.of("a", "b"));
        w.integer(1).integer(2);
        w.endRow();
        assertEquals(1, w.rows());
        w.close();
        assertEquals("a,b\n1,2\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void numbersUseADotAndFixedPlacesWhateverTheDefaultLocale() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("3.14,2.50,-0.75,0.00,12,-7,1234.05,0.5\n", row(w -> w.decimal(3.14159, 2).decimal(2.5, 2)
                    .decimal(-0.75, 2).decimal(-0.001, 2).decimal(12.4, 0).integer(-7).cents(123405)
                    .decimal(0.5, 1)));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void idsAreZeroPaddedToTheirWidth() throws IOException {
        byte[] digits = new byte[8];
        CsvLineWriter.formatPadded(42, digits);
        assertEquals("C00000042,E00000042-0007,P00300,S1234\n", row(w -> w.id(new byte[] {'C'}, digits)
                .id(new byte[] {'E'}, digits, 7, 4).id(new byte[] {'P'}, 300, 5).id(new byte[] {'S'}, 1234, 3)));
    }

    @Test
    void timestampsAndDatesAreIsoWithUtcZ() throws IOException {
        long epoch = Instant.parse("2026-03-01T09:05:07Z").getEpochSecond();
        assertEquals("2026-03-01T09:05:07Z,1969-12-31T23:59:59Z,2026-06-01\n", row(w -> w.timestamp(epoch)
                .timestamp(-1).date(LocalDate.of(2026, 6, 1))));
    }

    @Test
    void textIsWrittenAsUtf8() throws IOException {
        assertEquals("Comté,Straße 😀\n", row(w -> w.text("Comté").text("Straße 😀")));
    }

    private static String row(Consumer<CsvLineWriter> fields) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvLineWriter w = new CsvLineWriter(bytes)) {
            fields.accept(w);
            w.endRow();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
