package com.retailstudio.app.explore;

import com.retailstudio.data.io.ColumnSpec;
import com.retailstudio.data.io.DataFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads a data-set file as a Tablesaw table whose column types come from the data contract (docs/data-format.md),
 * never guessed: a product id of digits stays text, an empty optional field is a missing value.
 */
public final class ContractTables {

    private ContractTables() {
    }

    /** The contract file named {@code name}, with or without {@code .csv}. */
    public static DataFile file(String name) {
        String fileName = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name : name + ".csv";
        return DataFile.byFileName(fileName).orElseThrow(() -> new ExploreException("The data set has no file \""
                + name + "\"; its files are " + Arrays.stream(DataFile.values()).map(ContractTables::shortName)
                .collect(Collectors.joining(", ")) + "."));
    }

    /** The file's name without {@code .csv}, as the command line and the explorer name it. */
    public static String shortName(DataFile file) {
        return file.fileName().substring(0, file.fileName().length() - ".csv".length());
    }

    /** The whole file. */
    public static Table read(Path folder, DataFile file) throws IOException {
        return firstRows(folder, file, Integer.MAX_VALUE);
    }

    /** At most the first {@code maxRows} data rows of the file. */
    public static Table firstRows(Path folder, DataFile file, int maxRows) throws IOException {
        Path csv = folder.resolve(file.fileName());
        if (!Files.isRegularFile(csv)) {
            throw new ExploreException(file.fileName() + " is missing from " + folder + ".");
        }
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(maxRows == Integer.MAX_VALUE ? reader : new FirstLinesReader(reader, maxRows + 1), file);
        }
    }

    /** Reads CSV text that starts with the file's header line. */
    public static Table read(Reader csv, DataFile file) {
        try {
            return Table.read().usingOptions(CsvReadOptions.builder(csv)
                    .tableName(shortName(file))
                    .columnTypesPartial(column -> typeOf(file, column))
                    .columnTypesToDetect(List.of(ColumnType.STRING))
                    .maxCharsPerColumn(32_768));
        } catch (UncheckedIOException e) {
            throw new ExploreException(file.fileName() + " could not be read: " + e.getMessage(), e);
        }
    }

    /** A table of the file's contract columns, typed as {@link #read} types them, without rows. */
    public static Table empty(DataFile file) {
        Table table = Table.create(shortName(file));
        for (ColumnSpec column : file.columns()) {
            table.addColumns(tablesawType(column).create(column.name()));
        }
        return table;
    }

    private static Optional<ColumnType> typeOf(DataFile file, String column) {
        int index = file.indexOf(column);
        return index < 0 ? Optional.of(ColumnType.STRING) : Optional.of(tablesawType(file.columns().get(index)));
    }

    private static ColumnType tablesawType(ColumnSpec column) {
        return switch (column.type()) {
            case DATE -> ColumnType.LOCAL_DATE;
            case TIMESTAMP -> ColumnType.INSTANT;
            case DECIMAL -> ColumnType.DOUBLE;
            case INTEGER -> ColumnType.INTEGER;
            case BOOLEAN -> ColumnType.BOOLEAN;
            case TEXT, CODE, COUNTRY, TIMEZONE -> ColumnType.STRING;
        };
    }
}
