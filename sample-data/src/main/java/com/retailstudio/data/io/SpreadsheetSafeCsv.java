package com.retailstudio.data.io;

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
 * {@link #readText} gives back exactly what was written.
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

    /** The cells of one CSV record (RFC 4180: a quoted cell may hold commas, doubled quotes and line breaks). */
    public static List<String> cells(String record) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted && c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
