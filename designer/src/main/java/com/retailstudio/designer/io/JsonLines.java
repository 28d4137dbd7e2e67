package com.retailstudio.designer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the line of a JSON pointer in a document's text, so a refusal can name the line a person opens. */
final class JsonLines {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern SYNTAX_LINE = Pattern.compile("not valid JSON at line (\\d+)");

    private JsonLines() {
    }

    /**
     * The 1-based line where the value at {@code pointer} starts; for a member that is missing, the line of the object
     * that should hold it (its nearest existing parent); 1 for the whole document.
     */
    static int lineOf(String json, String pointer) {
        if (pointer.isEmpty()) {
            return 1;
        }
        int best = 1;
        try (JsonParser parser = FACTORY.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonPointer at = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                        ? parser.getParsingContext().getParent().pathAsPointer()
                        : parser.getParsingContext().pathAsPointer();
                String here = at.toString();
                int line = parser.currentTokenLocation().getLineNr();
                if (here.equals(pointer)) {
                    return line;
                }
                if (pointer.startsWith(here + "/") || here.isEmpty()) {
                    best = line;
                }
            }
        } catch (JsonProcessingException e) {
            return e.getLocation() == null ? best : e.getLocation().getLineNr();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return best;
    }

    /** The line a "not valid JSON at line N" refusal names, else {@link #lineOf}. */
    static int lineOf(String json, JourneyFormatException refusal) {
        Matcher syntax = SYNTAX_LINE.matcher(refusal.reason());
        return syntax.find() ? Integer.parseInt(syntax.group(1)) : lineOf(json, refusal.pointer());
    }
}
