package com.retailstudio.designer.io;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.data.io.Utf8Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The journey file format: JSON with a {@code schemaVersion}, node types named in the file ({@code "type": "wait"}),
 * described in {@code docs/journey-format.md} and {@code docs/journey.schema.json}. Reading is strict and names the
 * JSON pointer of the first bad value; writing is canonical, so read → write of a written file is byte-identical.
 */
public final class JourneyJson {
    /** The version of the format this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;
    /** The member of {@code guardrails.consent} that names the purpose personalised promotions need. */
    public static final String PROMOTION_CONSENT_KEY = "personalised_promotion";

    private JourneyJson() {
    }

    public static Journey parse(String json) throws JourneyFormatException {
        return JourneyReader.read(json);
    }

    public static String toJson(Journey journey) {
        return JourneyWriter.write(journey);
    }

    public static Journey read(Path file) throws IOException, JourneyFormatException {
        return parse(Utf8Text.read(file));
    }

    /**
     * Writes the journey file atomically: to a temporary file beside it, then moved over it, so a reader (or a crash)
     * sees the old file or the new one, never half of one.
     */
    public static void write(Journey journey, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, toJson(journey), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
