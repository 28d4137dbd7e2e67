package com.retailstudio.data.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.ProblemKind;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link DataQualityReport} as JSON. The tree is built by hand so field names are a stable contract,
 * independent of Java names: snake_case enums, ISO-8601 instants, durations in seconds.
 */
final class DataQualityJson {

    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DataQualityJson() {
    }

    static String render(DataQualityReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("dataFolder", report.dataFolder());
        root.put("checkedAt", report.checkedAt().toString());
        root.put("usable", report.usable());
        root.put("errorCount", report.problems().errors());
        root.put("warningCount", report.problems().warnings());

        ArrayNode files = root.putArray("files");
        for (FileQuality file : report.files()) {
            ObjectNode node = files.addObject();
            node.put("file", file.fileName());
            node.put("found", file.found());
            node.put("readable", file.readable());
            node.put("rows", file.rows());
            node.put("validRows", file.validRows());
            node.put("status", file.status());
            file.dates().ifPresentOrElse(dates -> {
                node.put("earliest", dates.earliest().toString());
                node.put("latest", dates.latest().toString());
            }, () -> {
                node.putNull("earliest");
                node.putNull("latest");
            });
            ArrayNode columns = node.putArray("columns");
            for (ColumnCompleteness column : file.columns()) {
                ObjectNode col = columns.addObject();
                col.put("column", column.column());
                col.put("presence", column.presence().name().toLowerCase(Locale.ROOT));
                col.put("inHeader", column.inHeader());
                col.put("nonEmpty", column.nonEmpty());
                col.put("completeness", column.share());
            }
        }

        ObjectNode freshness = root.putObject("freshness");
        Freshness fresh = report.freshness();
        fresh.newestEvent().ifPresentOrElse(instant -> freshness.put("newestEvent", instant.toString()), () -> freshness.putNull("newestEvent"));
        fresh.age().ifPresentOrElse(age -> freshness.put("ageSeconds", age.toSeconds()), () -> freshness.putNull("ageSeconds"));
        freshness.put("staleAfterSeconds", fresh.staleAfter().toSeconds());
        freshness.put("stale", fresh.stale());

        ArrayNode consent = root.putArray("consentCoverage");
        for (ConsentCoverage coverage : report.consentCoverage()) {
            ObjectNode node = consent.addObject();
            node.put("purpose", coverage.purpose().csv());
            node.put("granted", coverage.granted());
            node.put("customers", coverage.customers());
            node.put("share", coverage.share());
        }

        ObjectNode byKind = root.putObject("problemCounts");
        for (Map.Entry<ProblemKind, Long> entry : report.problems().byKind().entrySet()) {
            byKind.put(entry.getKey().code(), entry.getValue());
        }
        ArrayNode problems = root.putArray("problems");
        for (DataProblem problem : report.problems().first()) {
            ObjectNode node = problems.addObject();
            node.put("severity", problem.severity().name().toLowerCase(Locale.ROOT));
            node.put("kind", problem.kind().code());
            node.put("file", problem.fileName());
            if (problem.line() > 0) {
                node.put("line", problem.line());
            } else {
                node.putNull("line");
            }
            problem.column().ifPresentOrElse(column -> node.put("column", column), () -> node.putNull("column"));
            node.put("reason", problem.reason());
            node.put("message", problem.message());
        }
        ArrayNode groups = root.putArray("rejectedReferences");
        for (RejectedReferences group : report.problems().rejectedReferences()) {
            ObjectNode node = groups.addObject();
            node.put("file", group.entity().fileName());
            node.put("rows", group.rows());
            ObjectNode byFile = node.putObject("rowsByFile");
            group.rowsByFile().forEach(byFile::put);
            node.put("message", group.describe());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
        }
    }
}
