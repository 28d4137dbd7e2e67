package com.retailstudio.data.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.Presence;
import com.retailstudio.data.io.ProblemKind;
import com.retailstudio.data.io.Reference;
import com.retailstudio.data.model.ConsentPurpose;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads back what {@link DataQualityJson} wrote, so a report kept with an import is shown again without reading the
 * files. Only schema version 1 is read; its derived fields (usable, status, message, stale) are recomputed.
 */
final class DataQualityJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DataQualityJsonReader() {
    }

    /** @throws IllegalArgumentException when the text is not a version-1 quality report */
    static DataQualityReport parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON quality report: " + e.getOriginalMessage(), e);
        }
        if (root.path("schemaVersion").asInt() != DataQualityJson.SCHEMA_VERSION) {
            throw new IllegalArgumentException("quality report schema version " + root.path("schemaVersion")
                    + " is not " + DataQualityJson.SCHEMA_VERSION);
        }
        List<FileQuality> files = new ArrayList<>();
        for (JsonNode file : root.path("files")) {
            List<ColumnCompleteness> columns = new ArrayList<>();
            for (JsonNode column : file.path("columns")) {
                columns.add(new ColumnCompleteness(column.path("column").asText(),
                        Presence.valueOf(column.path("presence").asText().toUpperCase(Locale.ROOT)),
                        column.path("inHeader").asBoolean(), column.path("nonEmpty").asLong(),
                        column.path("completeness").asDouble()));
            }
            Optional<DateRange> dates = text(file, "earliest").map(earliest -> new DateRange(Instant.parse(earliest),
                    Instant.parse(text(file, "latest").orElseThrow(() -> new IllegalArgumentException(
                            "file " + file.path("file") + " has an earliest date and no latest")))));
            files.add(new FileQuality(file.path("file").asText(), file.path("found").asBoolean(),
                    file.path("readable").asBoolean(), file.path("rows").asLong(), file.path("validRows").asLong(),
                    columns, dates));
        }
        Instant checkedAt = Instant.parse(root.path("checkedAt").asText());
        JsonNode fresh = root.path("freshness");
        Optional<Instant> newestEvent = text(fresh, "newestEvent").map(Instant::parse);
        // the age is the time from the newest event to the check, exactly (ageSeconds is rounded to the second)
        long staleAfterSeconds = fresh.path("staleAfterSeconds").asLong();
        Duration staleAfter = staleAfterSeconds == Freshness.NOT_JUDGED.getSeconds() ? Freshness.NOT_JUDGED
                : Duration.ofSeconds(staleAfterSeconds);
        Freshness freshness = new Freshness(newestEvent, newestEvent.map(newest -> Duration.between(newest, checkedAt)),
                staleAfter);
        List<ConsentCoverage> coverage = new ArrayList<>();
        for (JsonNode node : root.path("consentCoverage")) {
            ConsentPurpose purpose = ConsentPurpose.fromCsv(node.path("purpose").asText()).orElseThrow(
                    () -> new IllegalArgumentException("unknown consent purpose " + node.path("purpose")));
            coverage.add(new ConsentCoverage(purpose, node.path("granted").asLong(), node.path("customers").asLong(),
                    node.path("share").asDouble()));
        }
        Map<ProblemKind, Long> byKind = new EnumMap<>(ProblemKind.class);
        root.path("problemCounts").fields().forEachRemaining(entry ->
                byKind.put(ProblemKind.valueOf(entry.getKey().toUpperCase(Locale.ROOT)), entry.getValue().asLong()));
        List<DataProblem> first = new ArrayList<>();
        for (JsonNode node : root.path("problems")) {
            first.add(new DataProblem(node.path("file").asText(), node.path("line").asLong(0),
                    text(node, "column"), ProblemKind.valueOf(node.path("kind").asText().toUpperCase(Locale.ROOT)),
                    node.path("reason").asText()));
        }
        List<RejectedReferences> rejected = new ArrayList<>();
        for (JsonNode node : root.path("rejectedReferences")) {
            Reference entity = Reference.definedBy(node.path("file").asText()).orElseThrow(
                    () -> new IllegalArgumentException("no reference is defined by " + node.path("file")));
            Map<String, Long> rowsByFile = new LinkedHashMap<>();
            node.path("rowsByFile").fields().forEachRemaining(e -> rowsByFile.put(e.getKey(), e.getValue().asLong()));
            rejected.add(new RejectedReferences(entity, rowsByFile));
        }
        ProblemSummary problems = new ProblemSummary(root.path("errorCount").asLong(),
                root.path("warningCount").asLong(), byKind, first, rejected);
        return new DataQualityReport(root.path("dataFolder").asText(), checkedAt, files, freshness, coverage, problems);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
