package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Whatever the byte parsers accept, they read exactly as the text parsers of {@link ColumnType} do. */
@Tag("slow")
class AsciiFieldsTest {

    @Property(tries = 3000)
    void aDecimalReadFromBytesIsTheDoubleTheTextParserGives(@ForAll("decimals") String text) throws InvalidValue {
        byte[] bytes = framed(text);
        double fast = AsciiFields.decimal(bytes, 2, 2 + text.length());
        if (!Double.isNaN(fast)) {
            assertEquals(Double.doubleToRawLongBits((Double) ColumnType.DECIMAL.parse(text)), Double.doubleToRawLongBits(fast), text);
        }
    }

    @Provide
    Arbitrary<String> decimals() {
        return Arbitraries.strings().withChars("0123456789.-e").ofMinLength(1).ofMaxLength(18);
    }

    @Property(tries = 3000)
    void aTimestampReadFromBytesIsTheInstantTheTextParserGives(@ForAll("timestamps") String text) {
        byte[] bytes = framed(text);
        long fast = AsciiFields.epochSecond(bytes, 2, 2 + text.length());
        Object slow;
        try {
            slow = ColumnType.TIMESTAMP.parse(text);
        } catch (InvalidValue e) {
            slow = null;
        }
        if (fast != AsciiFields.NOT_HANDLED) {
            assertEquals(slow, Instant.ofEpochSecond(fast), text);
        } else if (text.length() == 20 && text.charAt(10) == 'T') {
            // the seconds form with separators in place is declined only when the text parser refuses it too
            assertEquals(null, slow, text);
        }
    }

    @Provide
    Arbitrary<String> timestamps() {
        Arbitrary<Integer> year = Arbitraries.integers().between(0, 9999);
        Arbitrary<Integer> month = Arbitraries.integers().between(0, 13);
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 32);
        Arbitrary<Integer> hour = Arbitraries.integers().between(0, 25);
        Arbitrary<Integer> minuteOrSecond = Arbitraries.integers().between(0, 61);
        return Combinators.combine(year, month, day, hour, minuteOrSecond, minuteOrSecond)
                .as((y, mo, d, h, mi, s) -> String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, d, h, mi, s));
    }

    @Property(tries = 2000)
    void aDateReadFromBytesIsTheDateTheTextParserGives(@ForAll("dates") String text) {
        long fast = AsciiFields.date(framed(text), 2, 2 + text.length());
        Object slow;
        try {
            slow = ColumnType.DATE.parse(text);
        } catch (InvalidValue e) {
            slow = null;
        }
        assertEquals(slow, fast == AsciiFields.NOT_HANDLED ? null : LocalDate.ofEpochDay(fast), text);
    }

    @Provide
    Arbitrary<String> dates() {
        return Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32)).as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    }

    @Property(tries = 2000)
    void anIntegerReadFromBytesIsTheIntTheTextParserGives(@ForAll("integers") String text) throws InvalidValue {
        long fast = AsciiFields.integer(framed(text), 2, 2 + text.length());
        if (fast != AsciiFields.NOT_HANDLED) {
            assertEquals(ColumnType.INTEGER.parse(text), (int) fast, text);
        }
    }

    @Provide
    Arbitrary<String> integers() {
        return Arbitraries.strings().withChars("0123456789-").ofMinLength(1).ofMaxLength(11);
    }

    /** The text with other bytes before and after, as a field sits inside a record. */
    private static byte[] framed(String text) {
        return ("9," + text + ",9").getBytes(StandardCharsets.US_ASCII);
    }
}
