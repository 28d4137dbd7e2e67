package com.retailstudio.designer.io;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** docs/journey.schema.json, loaded once into a real JSON Schema (2020-12) validator. */
final class PublishedSchema {

    static final Path FILE = Path.of("..", "docs", "journey.schema.json");
    private static final Schema SCHEMA = load();

    private PublishedSchema() {
    }

    private static Schema load() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(FILE), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where and why the JSON breaks the schema, e.g. {@code /nodes/2/type: does not have a value in the enum}. */
    static List<String> problems(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(PublishedSchema::describe).toList();
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }
}
