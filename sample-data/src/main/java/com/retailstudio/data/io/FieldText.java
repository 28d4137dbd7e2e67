package com.retailstudio.data.io;

import com.retailstudio.data.model.CsvCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/** How writers spell values so that the strict readers accept them: plain decimals with a dot, ISO dates, UTC instants with Z. */
final class FieldText {

    private FieldText() {
    }

    static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("cannot write " + value + " as a decimal");
        }
        // Never scientific notation: 1.0E-4 would surprise other tools even though our readers accept it.
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String decimal(OptionalDouble value) {
        return value.isPresent() ? decimal(value.getAsDouble()) : "";
    }

    static String integer(int value) {
        return Integer.toString(value);
    }

    static String date(LocalDate value) {
        return value.toString();
    }

    static String instant(Instant value) {
        return value.toString();
    }

    static String code(CsvCode value) {
        return value.csv();
    }

    static String text(Optional<String> value) {
        return value.orElse("");
    }
}
