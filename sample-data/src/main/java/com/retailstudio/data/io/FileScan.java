package com.retailstudio.data.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
    /** Instead of {@link #keyLines}, when the sink stops at the first problem: keys checked at the end of the file. */
    private final KeyFingerprints keysAtEnd;
    private final Path path;
    private final AsciiFieldParser fast;
    /** The entity this file defines ids of, and the column holding them; null and -1 for files that define none. */
    private final Reference defines;
    private final int idColumn;
    private CsvSource source;
    private int[] fieldOfColumn;
    private int headerWidth;

    private FileScan(Path path, RecordCodec<T> codec, ReferenceIndex references, ProblemSink sink, boolean rowByRow) {
        this.codec = codec;
        this.references = references;
        this.path = path;
        this.fileName = path.getFileName().toString();
        this.stats = new FileStats(codec.file());
        this.columns = codec.file().columns();
        this.parsed = new ParsedRow(columns.size());
        this.defines = Reference.definedBy(codec.file().fileName()).orElse(null);
        boolean keyed = !codec.file().keyColumns().isEmpty();
        // Files that define ids hand each row's id to the reference index at once, so their keys stay checked per row.
        boolean atEnd = keyed && !rowByRow && sink.stopsAtFirst() && defines == null;
        this.keyLines = keyed && !atEnd ? new FingerprintTable() : null;
        this.keysAtEnd = atEnd ? new KeyFingerprints() : null;
        // A repeated key before the first other problem is the problem to report: reading the file again row by row
        // finds whichever comes first.
        this.sink = !atEnd ? sink : problem -> {
            readAgainRowByRow(sink);
            sink.report(problem);
        };
        this.check = new RowCheck(fileName, references, this.sink);
        int id = -1;
        for (int column = 0; defines != null && column < columns.size(); column++) {
            if (columns.get(column).name().equals(defines.idColumn())) {
                id = column;
            }
        }
        this.idColumn = id;
        this.fast = new AsciiFieldParser(columns, references, parsed);
    }

    /** Opens the file and checks its header; a missing file or bad header is reported and yields no rows. */
    static <T> FileScan<T> open(Path path, RecordCodec<T> codec, ReferenceIndex references, ProblemSink sink) {
        FileScan<T> scan = new FileScan<>(path, codec, references, sink, false);
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
            try {
                if (!source.nextRecord()) {
                    stop();
                    if (keysAtEnd != null && keysAtEnd.anyRepeated()) {
                        sink.report(DataProblem.at(fileName, 0, null, ProblemKind.DUPLICATE_KEY, "a key repeats"));
                    }
                    return null;
                }
            } catch (DataFormatException e) {
                stop();
                sink.report(e.problem());
                return null;
            }
            T record = check();
            if (record != null) {
                stats.countValidRow();
                return record;
            }
        }
    }

    private T check() {
        stats.countRow();
        long line = source.line();
        check.startRow(line);
        int width = source.fieldCount();
        if (width != headerWidth) {
            check.fail(null, ProblemKind.MALFORMED_ROW, "the row has " + width + " fields but the header has " + headerWidth);
            return null;
        }
        parsed.clear();
        boolean ascii = source.ascii();
        byte[] bytes = source.bytes();
        for (int column = 0; column < fieldOfColumn.length; column++) {
            int field = fieldOfColumn[column];
            int start = field < 0 ? 0 : source.start(field);
            int end = field < 0 ? 0 : source.end(field);
            if (start == end) {
                checkField(columns.get(column), column, "");
                continue;
            }
            stats.countNonEmpty(column);
            // Only an ASCII row can be parsed from its bytes; anything the fast path declines is parsed as text,
            // which gives the same value or words the error.
            if (!ascii || !fast.parse(column, bytes, start, end)) {
                checkField(columns.get(column), column, source.text(field));
            }
        }
        if (check.failed()) {
            return rejected(line);
        }
        T record = codec.read(parsed);
        codec.check(record, check);
        if (check.failed()) {
            return rejected(line);
        }
        String key = codec.key(record);
        if (key != null && keysAtEnd != null) {
            keysAtEnd.add(key);
        } else if (key != null) {
            long firstLine = keyLines.putIfAbsent(key, line);
            if (firstLine != FingerprintTable.ABSENT) {
                reportDuplicate(key, firstLine);
                return null;
            }
        }
        return record;
    }

    /** Remembers the id of a rejected row of a file that defines ids, so rows referring to it are named consequences. */
    private T rejected(long line) {
        if (defines != null && idColumn >= 0 && fieldOfColumn[idColumn] >= 0) {
            String id = source.text(fieldOfColumn[idColumn]);
            if (!id.isEmpty() && references.indexOf(defines, id).isEmpty()) {
                references.reject(defines, id, line);
            }
        }
        return null;
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
            Object value = spec.parse(raw);
            if (spec.type() == ColumnType.CODE) {
                parsed.setCode(column, raw, spec.allowedValues().indexOf(raw));
            } else {
                parsed.set(column, value);
            }
        } catch (InvalidValue e) {
            check.fail(spec.name(), e.kind(), e.reason());
            return;
        }
        Optional<Reference> entity = spec.references();
        if (entity.isPresent() && !references.accepts(entity.get(), raw)) {
            Reference to = entity.get();
            OptionalLong rejectedAt = references.rejectedLine(to, raw);
            if (rejectedAt.isPresent()) {
                check.fail(spec.name(), ProblemKind.REJECTED_REFERENCE, ColumnType.quote(raw) + " is the " + to.noun()
                        + " on " + to.fileName() + " line " + rejectedAt.getAsLong() + ", whose row was rejected");
            } else {
                check.fail(spec.name(), ProblemKind.UNKNOWN_REFERENCE, ColumnType.quote(raw) + " is not a known "
                        + to.noun() + " (no such " + to.idColumn() + " in " + to.fileName() + ")");
            }
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

    /** Reads the file again checking keys row by row, reporting its first problem to {@code sink} (which throws). */
    private void readAgainRowByRow(ProblemSink sink) {
        // a codec keeps state between rows (the previous timestamp), so the second reading takes a new one
        FileScan<?> again = new FileScan<>(path, RecordCodecs.of(codec.file()), references, sink, true);
        again.start(path);
        again.forEach(record -> { });
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
