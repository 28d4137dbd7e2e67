package com.retailstudio.data.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one CSV cell encoding for files people open in a spreadsheet (price changes of plans and bundles): a text cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is neutralised the way OWASP
 * recommends ("CSV Injection") — a single quote in front and the cell in double quotes — so {@code +cmd|' /C calc'!A0}
 * as a product id is shown as text, never run as a formula. A text cell starting with a single quote gets one more, so
 * {@link #readText} gives back exactly what was written. {@link #records} reads such a file back with a real CSV
 * parser over the whole text, so a quoted cell holding a line break is one cell, as written.
 *
 * <p><b>Numbers</b> are written by {@link #number} as plain decimals ({@code -12.50}) and never prefixed: a cell that is
 * only an optional minus, digits and a decimal point is a number to every spreadsheet and cannot be a formula, and a
 * prefix would turn it into text. {@link #formulaProblem} accepts exactly such cells and flags every other cell that
 * starts with a trigger character.
 *
 * <p>Data-set files ({@code CsvRecordWriter}) are not written through this class: they are the data contract, read back
 * byte for byte by the strict readers, not spreadsheet exports.
 */
public final class SpreadsheetSafeCsv {

    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    /** Thread-safe; without a schema every record is read as an array of its cells. */
    private static final CsvFactory PARSER = new CsvFactory();

    private SpreadsheetSafeCsv() {
    }

    /** A text cell, neutralised when it could start a formula and quoted when it needs to be. */
    public static String text(String value) {
        boolean formula = !value.isEmpty() && (TRIGGERS.indexOf(value.charAt(0)) >= 0 || value.charAt(0) == '\'');
        String cell = formula ? "'" + value : value;
        if (formula || cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /** A number cell with the given decimals ({@code -12.50}), never neutralised. */
    public static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(value + " is not a number a spreadsheet can hold");
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** The value a {@link #text} cell was written from, given the cell with its CSV quotes already removed. */
    public static String readText(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /**
     * Why a cell (CSV quotes removed) would run as a formula in a spreadsheet; empty for a neutralised cell, a plain
     * number or any other cell.
     */
    public static Optional<String> formulaProblem(String cell) {
        if (cell.isEmpty() || TRIGGERS.indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
            return Optional.empty();
        }
        String first = switch (cell.charAt(0)) {
            case '\t' -> "a tab";
            case '\r' -> "a carriage return";
            default -> "'" + cell.charAt(0) + "'";
        };
        return Optional.of("starts with " + first + ", so a spreadsheet would run it as a formula; it must be "
                + "written with a single quote in front");
    }

    /** One record of a CSV file: the physical line it starts on (1-based) and its cells, CSV quotes removed. */
    public record Record(long line, List<String> cells) {
    }

    /** Why a CSV text cannot be read: the line the record that cannot be tokenized starts on, and the reason. */
    public static final class MalformedCsvException extends Exception {

        private final long line;

        MalformedCsvException(long line, String reason) {
            super(reason);
            this.line = line;
        }

        public long line() {
            return line;
        }

        /** The problem as a sentence naming {@code file} and the line. */
        public String problem(String file) {
            return file + " line " + line + " cannot be read as CSV: " + getMessage() + ".";
        }
    }

    /**
     * The records of a whole CSV text (RFC 4180), read by Jackson's CSV parser rather than line by line, so a quoted
     * cell may hold commas, doubled quotes and line breaks, exactly as {@link #text} writes them; a blank line is a
     * record of one empty cell.
     *
     * @throws MalformedCsvException when a quoted cell is not closed or text follows a closing quote
     */
    public static List<Record> records(String text) throws MalformedCsvException {
        List<Record> records = new ArrayList<>();
        long line = 1;
        try (CsvParser parser = PARSER.createParser(text)) {
            List<String> cells = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    // Without a schema each record is an array; where the parser stands is the line it starts on.
                    line = parser.currentLocation().getLineNr();
                    cells = new ArrayList<>();
                } else if (token == JsonToken.END_ARRAY) {
                    records.add(new Record(line, List.copyOf(cells)));
                } else if (token == JsonToken.VALUE_STRING) {
                    cells.add(parser.getText());
                }
            }
        } catch (JsonProcessingException e) {
            throw new MalformedCsvException(line, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return records;
    }
}
