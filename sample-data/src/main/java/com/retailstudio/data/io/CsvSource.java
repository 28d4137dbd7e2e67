package com.retailstudio.data.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw RFC 4180 records of one CSV file with the physical line each starts on; tokenizing is Jackson's.
 * Holds one record at a time, so memory does not grow with the file.
 */
final class CsvSource implements Closeable {

    /** One record: the line it starts on and its fields as written (quotes removed). */
    record Row(long line, String[] fields) {
    }

    private static final CsvFactory FACTORY = new CsvFactory();

    private final String fileName;
    private final CsvParser parser;
    private final List<String> fields = new ArrayList<>();
    private long nextRecordLine = 1;
    private boolean finished;

    private CsvSource(String fileName, Reader reader) throws IOException {
        this.fileName = fileName;
        this.parser = FACTORY.createParser(reader);
        parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        parser.setSchema(CsvSchema.emptySchema());
    }

    /** Opens {@code file} as strict UTF-8, skipping a byte-order mark. */
    static CsvSource open(Path file) throws IOException {
        // Malformed bytes become U+FFFD, which the scan reports at the exact line and column (see FileScan).
        Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
        reader.mark(1);
        int first = reader.read();
        if (first != '\uFEFF') {
            reader.reset();
        }
        return new CsvSource(file.getFileName().toString(), reader);
    }

    /**
     * The next record, or null at the end of the file. Blank lines are skipped.
     *
     * @throws DataFormatException when the text cannot be tokenized (unclosed quote, invalid UTF-8); the file cannot be read further
     */
    Row next() {
        if (finished) {
            return null;
        }
        try {
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_ARRAY && parser.getParsingContext().getParent().inRoot()) {
                    continue; // the wrapper array around all records
                }
                if (token == null || token == JsonToken.END_ARRAY && parser.getParsingContext().inRoot()) {
                    finished = true;
                    return null;
                }
                if (token != JsonToken.START_ARRAY) {
                    throw new IllegalStateException("unexpected token " + token + " in " + fileName);
                }
                fields.clear();
                long line = -1;
                while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    if (line < 0) {
                        // The first field's token location is the physical line the record starts on, even when a quoted field spans lines.
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    fields.add(parser.getText());
                }
                nextRecordLine = parser.currentLocation().getLineNr();
                if (fields.size() == 1 && fields.get(0).isEmpty()) {
                    continue; // blank line
                }
                return new Row(line, fields.toArray(String[]::new));
            }
        } catch (JsonProcessingException e) {
            finished = true;
            String detail = e.getOriginalMessage();
            String reason = detail != null && detail.contains("closing quote")
                    ? "a quoted field is not closed (missing closing quote)"
                    : "the record cannot be read as CSV (" + detail + ")";
            throw malformed(reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DataFormatException malformed(String reason) {
        return new DataFormatException(DataProblem.at(fileName, Math.max(1, nextRecordLine), null, ProblemKind.MALFORMED_ROW, reason));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
