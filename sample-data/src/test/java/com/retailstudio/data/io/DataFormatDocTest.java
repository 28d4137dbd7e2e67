package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps docs/data-format.md and the {@link DataFile} schema in step: each file's table must be the schema rendered. */
class DataFormatDocTest {

    private static final Path DOC = Path.of("..", "docs", "data-format.md");

    /** The contract table of one file as the doc spells it; run {@code main} to print all tables after a schema change. */
    static String section(DataFile file) {
        String key = file.keyColumns().isEmpty() ? "Unique key: none (rows need not be unique)."
                : "Unique key: " + file.keyColumns().stream().map(c -> "`" + c + "`").collect(Collectors.joining(" + ")) + ".";
        return "### `" + file.fileName() + "`\n\n" + file.description() + " " + key + "\n\n" + table(file);
    }

    static String table(DataFile file) {
        String header = "| Column | Type | Unit | Presence | Allowed values / range | Meaning |\n"
                + "|---|---|---|---|---|---|\n";
        return header + file.columns().stream().map(column -> "| `" + column.name() + "` | " + column.type().description()
                + " | " + column.unit() + " | " + column.presence().name().toLowerCase(Locale.ROOT)
                + " | " + constraints(file, column) + " | " + column.meaning() + " |")
                .collect(Collectors.joining("\n")) + "\n";
    }

    private static String constraints(DataFile file, ColumnSpec column) {
        StringBuilder text = new StringBuilder();
        if (!column.allowedValues().isEmpty()) {
            text.append(column.allowedValues().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", ")));
        }
        column.range().ifPresent(range -> text.append(range.describe()));
        if (column.type() == ColumnType.COUNTRY) {
            text.append("ISO-3166 alpha-2 code");
        }
        if (column.type() == ColumnType.TIMEZONE) {
            text.append("IANA time zone id");
        }
        column.references().ifPresent(entity -> append(text, "must exist in " + entity.fileName()));
        if (file.keyColumns().equals(List.of(column.name()))) {
            append(text, "unique");
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String more) {
        text.append(text.length() == 0 ? "" : "; ").append(more);
    }

    public static void main(String[] args) {
        for (DataFile file : DataFile.values()) {
            System.out.println(section(file));
        }
    }

    @Test
    void everyFileTableInTheDocIsTheSchemaRendered() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        for (DataFile file : DataFile.values()) {
            String expected = section(file);
            assertTrue(doc.contains(expected), "docs/data-format.md's section for " + file.fileName()
                    + " differs from the schema in DataFile; it should start:\n" + expected);
        }
    }
}
