package com.retailstudio.data.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * The one currency a data set's money columns are in, as its optional {@code dataset.json} names it
 * ({@code {"currency": "GBP"}}); a data set without that file is in {@link #DEFAULT} (docs/data-format.md).
 *
 * @param code ISO 4217 code, e.g. {@code EUR}
 */
public record DataSetCurrency(String code) {

    /** The file that describes the data set as a whole. */
    public static final String FILE_NAME = "dataset.json";

    /** What a data set without {@code dataset.json} is in: the generator and the bundled sample price in euros. */
    public static final DataSetCurrency DEFAULT = new DataSetCurrency("EUR");

    public DataSetCurrency {
        Currency.getInstance(code);
    }

    /** The currency {@code folder}'s {@code dataset.json} names, or {@link #DEFAULT} when there is no such file. */
    public static DataSetCurrency of(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw problem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "the file is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw problem(1, "the file must hold one JSON object, e.g. {\"currency\": \"EUR\"}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("currency")) {
                throw problem(0, "unknown field \"" + name + "\"; the only field is currency");
            }
        }
        JsonNode currency = root.get("currency");
        if (currency == null) {
            return DEFAULT;
        }
        String code = currency.isTextual() ? currency.asText() : currency.toString();
        if (!currency.isTextual() || !isIsoCode(code)) {
            throw problem(0, "field currency: \"" + code + "\" is not an ISO 4217 currency code such as EUR, GBP or USD");
        }
        return new DataSetCurrency(code);
    }

    private static boolean isIsoCode(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static DataFormatException problem(long line, String reason) {
        return new DataFormatException(new DataProblem(FILE_NAME, line, Optional.empty(),
                ProblemKind.NOT_ALLOWED, reason));
    }

    /**
     * An amount as every figure of the product writes money: signed, two decimals, thousands separated, the code
     * after it ({@code +351.99 EUR}, {@code −1,613.10 EUR}), so the same figure reads the same wherever it is shown.
     */
    public String signed(double amount) {
        if (Double.isNaN(amount)) {
            return "n/a";
        }
        BigDecimal rounded = BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN);
        return String.format(Locale.ROOT, "%,+.2f %s", rounded, code).replace('-', '−');
    }
}
