package com.retailstudio.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The byte tokenizer must split text exactly as the Jackson CSV parser the reader used before did, so that no file
 * reads differently and no error moves: every record's start line and fields, and for broken text the line and the
 * reason, are compared with Jackson's on generated text full of quotes, separators and line breaks of every kind.
 */
class CsvSourceTest {

    @Property(tries = 1500)
    void splitsRecordsAndReportsErrorsAsJacksonDid(@ForAll("csvText") String text) throws IOException {
        assertEquals(jackson(text), ours(text), () -> "text: " + text.replace("\r", "\\r").replace("\n", "\\n"));
    }

    @Provide
    Arbitrary<String> csvText() {
        return Arbitraries.strings().withChars('a', 'b', ',', '"', '\n', '\r', ' ', '\t', 'é', '€').ofMaxLength(40);
    }

    @Test
    void readsAFieldLongerThanTheReadBufferAndCountsLinesInsideQuotes() throws IOException {
        String longField = "x".repeat(200_000);
        String text = "a,b\n\"" + longField + "\",\"two\r\nlines\"\nc,d";
        assertEquals(jackson(text), ours(text));
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        assertEquals(List.of("1:[id, name]", "2:[1, x]"), ours("\uFEFFid,name\n1,x\n"));
    }

    /** Records as "line:[fields]", and a final "error line: reason" when the text cannot be tokenized. */
    private List<String> ours(String text) throws IOException {
        // jqwik properties get no @TempDir, so each example writes its own temporary file.
        Path file = Files.createTempFile("csv-source-", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        try (CsvSource source = CsvSource.open(file)) {
            CsvSource.Row row;
            while ((row = source.next()) != null) {
                seen.add(row.line() + ":" + List.of(row.fields()));
            }
        } catch (DataFormatException e) {
            seen.add("error " + e.problem().line() + ": " + e.problem().reason());
        } finally {
            Files.delete(file);
        }
        return seen;
    }

    /** The same through Jackson, set up and interpreted as the reader did before it tokenized bytes itself. */
    private static List<String> jackson(String text) throws IOException {
        List<String> seen = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        long nextRecordLine = 1;
        try (CsvParser parser = new CsvFactory().createParser(new StringReader(body))) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.setSchema(CsvSchema.emptySchema());
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_ARRAY && parser.getParsingContext().getParent().inRoot()) {
                    continue;
                }
                if (token == null || token == JsonToken.END_ARRAY && parser.getParsingContext().inRoot()) {
                    break;
                }
                List<String> fields = new ArrayList<>();
                long line = -1;
                while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    fields.add(parser.getText());
                }
                nextRecordLine = parser.currentLocation().getLineNr();
                if (fields.size() == 1 && fields.get(0).isEmpty()) {
                    continue;
                }
                seen.add(line + ":" + fields);
            }
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            String reason = detail != null && detail.contains("closing quote")
                    ? "a quoted field is not closed (missing closing quote)"
                    : "the record cannot be read as CSV (" + detail + ")";
            seen.add("error " + Math.max(1, nextRecordLine) + ": " + reason);
        }
        return seen;
    }
}
