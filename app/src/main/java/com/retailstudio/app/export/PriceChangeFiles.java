package com.retailstudio.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.MarkdownPlanFormatException;
import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.data.io.SpreadsheetSafeCsv;
import com.retailstudio.markdown.io.PriceChangeWriter;
import com.retailstudio.markdown.model.PriceChange;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The price changes of a bundle's approved markdown plans, for the store systems that apply them:
 * {@code markdowns/price-changes.csv} (the planner's {@link PriceChangeWriter} format, every plan's rows together) and
 * {@code markdowns/price-changes.json} (the same rows grouped by plan, with who approved each plan and when).
 */
final class PriceChangeFiles {

    static final String CSV = "markdowns/price-changes.csv";
    static final String JSON = "markdowns/price-changes.json";
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> COLUMNS = List.of(PriceChangeWriter.HEADER.split(","));

    private PriceChangeFiles() {
    }

    /** An approved plan and its manifest item. */
    record ApprovedPlan(BundleManifest.Item item, MarkdownPlanDocument plan) {
    }

    /**
     * Both files for the approved plans.
     *
     * @throws IOException when two plans change the price of one product in one store in the same week
     */
    static Map<String, byte[]> write(List<ApprovedPlan> plans) throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<PriceChange> all = new ArrayList<>();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode columns = root.putArray("columns");
        COLUMNS.forEach(columns::add);
        ArrayNode planNodes = root.putArray("plans");
        for (ApprovedPlan approved : plans) {
            BundleManifest.Item item = approved.item();
            String name = item.id() + " v" + item.version();
            for (PriceChange change : approved.plan().priceChanges()) {
                String previous = owner.putIfAbsent(key(change), name);
                if (previous != null) {
                    throw new IOException("Markdown plans " + previous + " and " + name + " both change the price of "
                            + "product " + change.productId() + " in store " + change.storeId() + " on "
                            + change.effectiveDate() + "; archive one of them before exporting.");
                }
            }
            all.addAll(approved.plan().priceChanges());
            ObjectNode node = planNodes.addObject();
            node.put("id", item.id());
            node.put("version", item.version());
            node.put("document", item.path());
            node.put("author", item.author());
            node.put("approvedBy", item.approvedBy());
            node.put("approvedAt", item.approvedAt().toString());
            node.put("asOfWeek", approved.plan().asOfWeek().toString());
            approved.plan().dataSetFingerprint().ifPresentOrElse(f -> node.put("dataSetFingerprint", f),
                    () -> node.putNull("dataSetFingerprint"));
            ArrayNode rows = node.putArray("priceChanges");
            approved.plan().priceChanges().stream().sorted(PriceChangeFiles::compare)
                    .forEach(change -> MarkdownPlanJson.writeChange(rows.addObject(), change));
        }
        StringWriter csv = new StringWriter();
        try {
            PriceChangeWriter.write(all, csv);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return Map.of(CSV, csv.toString().getBytes(StandardCharsets.UTF_8),
                JSON, MarkdownPlanJson.toText(root).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The problems of a bundle's price-change files: both present and named by each plan item, the CSV's columns and
     * values, the JSON's plans matching the manifest's items (version and approver) and the plan documents' rows, and
     * the CSV holding exactly the JSON's rows.
     */
    static List<String> validate(Map<String, byte[]> files, BundleManifest manifest) {
        List<BundleManifest.Item> planItems = manifest.items().stream()
                .filter(item -> item.kind().equals(MarkdownPlanDocument.KIND)).toList();
        boolean present = files.containsKey(CSV) || files.containsKey(JSON);
        if (planItems.isEmpty() && !present) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (BundleManifest.Item item : planItems) {
            for (String path : List.of(CSV, JSON)) {
                if (!item.derivedFiles().contains(path)) {
                    problems.add("manifest.json does not list " + path + " among the files made from markdown plan "
                            + item.id() + " v" + item.version() + ".");
                }
            }
        }
        for (String path : List.of(CSV, JSON)) {
            if (!files.containsKey(path) || !manifest.files().containsKey(path)) {
                problems.add("The bundle has no " + path + " listed in manifest.json"
                        + (planItems.isEmpty() ? "" : ", though it holds approved markdown plans") + ".");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        List<PriceChange> csvChanges = readCsv(new String(files.get(CSV), StandardCharsets.UTF_8), problems);
        List<String> csvRows = csvChanges == null ? null : csvChanges.stream().map(PriceChangeFiles::canonical).toList();
        List<String> jsonRows = readJson(new String(files.get(JSON), StandardCharsets.UTF_8), files, manifest,
                planItems, problems);
        if (csvRows != null && jsonRows != null) {
            Set<String> inJson = new HashSet<>(jsonRows);
            Set<String> inCsv = new HashSet<>(csvRows);
            csvRows.stream().filter(row -> !inJson.contains(row)).limit(5).forEach(row -> problems.add(CSV
                    + " has the row " + row + ", which no plan in " + JSON + " has."));
            jsonRows.stream().filter(row -> !inCsv.contains(row)).limit(5).forEach(row -> problems.add(JSON
                    + " has the row " + row + ", which " + CSV + " lacks."));
        }
        return problems;
    }

    /**
     * The CSV's price changes in file order, or null when it cannot be compared; problems name the line and the field.
     * It reads the whole text with the one CSV parser ({@link SpreadsheetSafeCsv#records}), never line by line, so a
     * quoted id holding a line break, a comma or quotes reads back exactly as {@link PriceChangeWriter} wrote it.
     */
    static List<PriceChange> readCsv(String text, List<String> problems) {
        List<SpreadsheetSafeCsv.Record> records;
        try {
            records = SpreadsheetSafeCsv.records(text);
        } catch (SpreadsheetSafeCsv.MalformedCsvException e) {
            problems.add(e.problem(CSV));
            return null;
        }
        if (records.isEmpty() || !records.get(0).cells().equals(COLUMNS)) {
            problems.add(CSV + " line 1 must be the header " + PriceChangeWriter.HEADER + ".");
            return null;
        }
        List<PriceChange> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (SpreadsheetSafeCsv.Record record : records.subList(1, records.size())) {
            String at = CSV + " line " + record.line();
            List<String> fields = record.cells();
            if (fields.size() != COLUMNS.size()) {
                problems.add(at + " has " + fields.size() + " columns; " + COLUMNS.size() + " are expected.");
                continue;
            }
            Optional<PriceChange> read = readRow(fields, at, problems);
            read.ifPresent(change -> {
                rowProblem(change).ifPresent(problem -> problems.add(at + ": " + problem));
                if (!keys.add(key(change))) {
                    problems.add(at + " changes the price of product " + change.productId() + " in store "
                            + change.storeId() + " on " + change.effectiveDate() + " a second time.");
                }
                rows.add(change);
            });
        }
        return rows;
    }

    /** One row's price change, or empty after naming each field that is not a date or a number. */
    private static Optional<PriceChange> readRow(List<String> fields, String at, List<String> problems) {
        int before = problems.size();
        LocalDate date = null;
        try {
            date = LocalDate.parse(fields.get(2));
        } catch (DateTimeParseException e) {
            problems.add(at + " field " + COLUMNS.get(2) + ": '" + fields.get(2) + "' is not a date (YYYY-MM-DD).");
        }
        double[] numbers = new double[3];
        for (int i = 0; i < numbers.length; i++) {
            try {
                numbers[i] = Double.parseDouble(fields.get(3 + i));
            } catch (NumberFormatException e) {
                problems.add(at + " field " + COLUMNS.get(3 + i) + ": '" + fields.get(3 + i) + "' is not a number.");
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new PriceChange(SpreadsheetSafeCsv.readText(fields.get(0)),
                SpreadsheetSafeCsv.readText(fields.get(1)), date, numbers[0], numbers[1], numbers[2]));
    }

    private static List<String> readJson(String text, Map<String, byte[]> files, BundleManifest manifest,
                                         List<BundleManifest.Item> planItems, List<String> problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(JSON + " is not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        if (root == null || root.path("schemaVersion").asInt() != SCHEMA_VERSION || !root.path("plans").isArray()) {
            problems.add(JSON + " must have schemaVersion " + SCHEMA_VERSION + " and a plans array.");
            return null;
        }
        List<String> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode plans = root.get("plans");
        for (int p = 0; p < plans.size(); p++) {
            JsonNode plan = plans.get(p);
            String at = JSON + " /plans/" + p;
            String id = plan.path("id").asText();
            int version = plan.path("version").asInt();
            Optional<BundleManifest.Item> item = planItems.stream()
                    .filter(candidate -> candidate.id().equals(id) && candidate.version() == version).findFirst();
            if (item.isEmpty()) {
                problems.add(at + " names markdown plan " + id + " v" + version + ", which manifest.json does not list.");
                continue;
            }
            seen.add(id + " v" + version);
            if (!item.get().approvedBy().equals(plan.path("approvedBy").asText())) {
                problems.add(at + "/approvedBy is '" + plan.path("approvedBy").asText() + "'; manifest.json says "
                        + id + " v" + version + " was approved by '" + item.get().approvedBy() + "'.");
            }
            List<PriceChange> listed = new ArrayList<>();
            JsonNode changes = plan.path("priceChanges");
            for (int i = 0; i < changes.size(); i++) {
                try {
                    PriceChange change = MarkdownPlanJson.readChange(changes.get(i), "");
                    rowProblem(change).ifPresent(problem -> problems.add(at + "/priceChanges: " + problem));
                    listed.add(change);
                    rows.add(canonical(change));
                } catch (MarkdownPlanFormatException e) {
                    problems.add(at + "/priceChanges/" + i + e.getMessage() + ".");
                }
            }
            byte[] document = files.get(item.get().path());
            if (document != null) {
                try {
                    Set<String> planned = new HashSet<>();
                    MarkdownPlanJson.read(new String(document, StandardCharsets.UTF_8)).priceChanges()
                            .forEach(change -> planned.add(canonical(change)));
                    Set<String> exported = new HashSet<>();
                    listed.forEach(change -> exported.add(canonical(change)));
                    if (!planned.equals(exported)) {
                        problems.add(at + " does not hold the price changes of " + item.get().path() + ".");
                    }
                } catch (MarkdownPlanFormatException e) {
                    // the document's own check reports it
                }
            }
        }
        planItems.stream().filter(item -> !seen.contains(item.id() + " v" + item.version()))
                .forEach(item -> problems.add(JSON + " has no price changes for markdown plan " + item.id() + " v"
                        + item.version() + "."));
        return rows;
    }

    private static Optional<String> rowProblem(PriceChange change) {
        if (change.storeId().isBlank() || change.productId().isBlank()) {
            return Optional.of("a row without a store or a product");
        }
        if (!(change.newPrice() > 0) || !(change.newPrice() < change.oldPrice())) {
            return Optional.of(String.format(Locale.ROOT, "product %s in store %s on %s goes from %.2f to %.2f; a "
                    + "markdown lowers a positive price", change.productId(), change.storeId(),
                    change.effectiveDate(), change.oldPrice(), change.newPrice()));
        }
        return Optional.empty();
    }

    private static String key(PriceChange change) {
        return change.storeId() + "," + change.productId() + "," + change.effectiveDate();
    }

    private static String canonical(PriceChange change) {
        return String.format(Locale.ROOT, "%s,%s,%s,%.2f,%.2f,%.1f", change.storeId(), change.productId(),
                change.effectiveDate(), change.oldPrice(), change.newPrice(), change.discountPct());
    }

    private static int compare(PriceChange a, PriceChange b) {
        return key(a).compareTo(key(b));
    }
}
