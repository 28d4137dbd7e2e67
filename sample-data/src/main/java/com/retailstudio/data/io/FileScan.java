package com.retailstudio.data.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads one data file row by row, checks every field against its {@link ColumnSpec}, the codec's row rules,
 * references and key uniqueness, hands problems to a {@link ProblemSink} and returns the rows that pass as records.
 * Memory holds one row plus a fingerprint per key seen (for duplicate detection), never the rows.
 */
final class FileScan<T> implements Closeable {

    /** What the UTF-8 decoder puts in place of malformed bytes. */
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private final RecordCodec<T> codec;
    private final ReferenceIndex references;
    private final ProblemSink sink;
    private final String fileName;
    private final FileStats stats;
    private final List<ColumnSpec> columns;
    private final ParsedRow parsed;
    private final RowCheck check;
    private final FingerprintTable keyLines;
    private CsvSource source;
    private int[] fieldOfColumn;
    private int headerWidth;

    private FileScan(Path path, RecordCodec<T> codec, ReferenceIndex references, ProblemSink sink) {
        this.codec = codec;
        this.references = references;
        this.sink = sink;
        this.fileName = path.getFileName().toString();
        this.stats = new FileStats(codec.file());
        this.columns = codec.file().columns();
        this.parsed = new ParsedRow(columns.size());
        this.check = new RowCheck(fileName, references, sink);
        this.keyLines = codec.file().keyColumns().isEmpty() ? null : new FingerprintTable();
    }

    /** Opens the file and checks its header; a missing file or bad header is reported and yields no rows. */
    static <T> FileScan<T> open(Path path, RecordCodec<T> codec, ReferenceIndex references, ProblemSink sink) {
        FileScan<T> scan = new FileScan<>(path, codec, references, sink);
        scan.start(path);
        return scan;
    }

    FileStats stats() {
        return stats;
    }

    private void start(Path path) {
        try {
            source = CsvSource.open(path);
        } catch (NoSuchFileException e) {
            sink.report(DataProblem.at(fileName, 0, null, ProblemKind.MISSING_FILE,
                    "the file is missing from " + path.toAbsolutePath().getParent()));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            CsvSource.Row header = source.next();
            if (header == null) {
                stop();
                sink.report(DataProblem.at(fileName, 1, null, ProblemKind.MALFORMED_ROW, "the file is empty (no header row)"));
                return;
            }
            if (!readHeader(header.fields())) {
                stop();
                return;
            }
            stats.markPresent();
        } catch (DataFormatException e) {
            stop();
            sink.report(e.problem());
        }
    }

    private boolean readHeader(String[] names) {
        headerWidth = names.length;
        fieldOfColumn = new int[columns.size()];
        Arrays.fill(fieldOfColumn, -1);
        boolean usable = true;
        for (int field = 0; field < names.length; field++) {
            for (int column = 0; column < columns.size(); column++) {
                if (columns.get(column).name().equals(names[field])) {
                    if (fieldOfColumn[column] >= 0) {
                        usable = false;
                        sink.report(DataProblem.at(fileName, 1, names[field], ProblemKind.DUPLICATE_COLUMN,
                                "the header names this column twice (fields " + (fieldOfColumn[column] + 1) + " and " + (field + 1) + ")"));
                    } else {
                        fieldOfColumn[column] = field;
                        stats.markInHeader(column);
                    }
                }
            }
        }
        for (int column = 0; column < columns.size(); column++) {
            ColumnSpec spec = columns.get(column);
            if (fieldOfColumn[column] < 0 && spec.presence() != Presence.OPTIONAL) {
                usable = false;
                sink.report(DataProblem.at(fileName, 1, spec.name(), ProblemKind.MISSING_COLUMN,
                        "the header lacks this required column"));
            }
        }
        return usable;
    }

    /** The next row that passes every check, or null at the end of the file; rows that fail are reported and skipped. */
    T next() {
        if (source == null) {
            return null;
        }
        while (true) {
            CsvSource.Row row;
            try {
                row = source.next();
            } catch (DataFormatException e) {
                stop();
                sink.report(e.problem());
                return null;
            }
            if (row == null) {
                stop();
                return null;
            }
            T record = check(row);
            if (record != null) {
                stats.countValidRow();
                return record;
            }
        }
    }

    private T check(CsvSource.Row row) {
        stats.countRow();
        String[] fields = row.fields();
        check.startRow(row.line());
        if (fields.length != headerWidth) {
            check.fail(null, ProblemKind.MALFORMED_ROW, "the row has " + fields.length + " fields but the header has " + headerWidth);
            return null;
        }
        parsed.clear();
        for (int column = 0; column < columns.size(); column++) {
            int field = fieldOfColumn[column];
            String raw = field < 0 ? "" : fields[field];
            if (!raw.isEmpty()) {
                stats.countNonEmpty(column);
            }
            checkField(columns.get(column), column, raw);
        }
        if (check.failed()) {
            return null;
        }
        T record = codec.read(parsed);
        codec.check(record, check);
        if (check.failed()) {
            return null;
        }
        String key = codec.key(record);
        if (key != null) {
            long firstLine = keyLines.putIfAbsent(key, row.line());
            if (firstLine != FingerprintTable.ABSENT) {
                reportDuplicate(key, firstLine);
                return null;
            }
        }
        return record;
    }

    private void checkField(ColumnSpec spec, int column, String raw) {
        if (raw.indexOf(REPLACEMENT_CHARACTER) >= 0) {
            check.fail(spec.name(), ProblemKind.MALFORMED_ROW, "the value holds bytes that are not valid UTF-8");
            return;
        }
        if (raw.isEmpty()) {
            if (spec.required()) {
                check.fail(spec.name(), ProblemKind.MISSING_VALUE, "the value is empty but the column is required");
            }
            return;
        }
        try {
            parsed.set(column, spec.parse(raw));
        } catch (InvalidValue e) {
            check.fail(spec.name(), e.kind(), e.reason());
            return;
        }
        Optional<Reference> entity = spec.references();
        if (entity.isPresent() && !references.accepts(entity.get(), raw)) {
            check.fail(spec.name(), ProblemKind.UNKNOWN_REFERENCE, ColumnType.quote(raw) + " is not a known "
                    + entity.get().noun() + " (no such " + entity.get().idColumn() + " in " + entity.get().fileName() + ")");
        }
    }

    private void reportDuplicate(String key, long firstLine) {
        List<String> keyColumns = codec.file().keyColumns();
        String[] parts = key.split("\u0000", -1);
        String reason = keyColumns.size() == 1
                ? ColumnType.quote(parts[0]) + " is a duplicate " + keyColumns.get(0) + " (first on line " + firstLine + ")"
                : "duplicate key (" + String.join(", ", keyColumns) + ") = (" + String.join(", ", parts) + "), first on line " + firstLine;
        check.fail(keyColumns.get(0), ProblemKind.DUPLICATE_KEY, reason);
    }

    /** Reads the whole file, handing each valid record to {@code consumer}. */
    void forEach(Consumer<? super T> consumer) {
        try (this) {
            T record;
            while ((record = next()) != null) {
                consumer.accept(record);
            }
        }
    }

    /** The valid records as a lazy stream; closing the stream closes the file. */
    Stream<T> stream() {
        Spliterator<T> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                T record = next();
                if (record == null) {
                    return false;
                }
                action.accept(record);
                return true;
            }
        };
        return StreamSupport.stream(rows, false).onClose(this::close);
    }

    private void stop() {
        if (source != null) {
            try {
                source.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                source = null;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
