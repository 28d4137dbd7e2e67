package com.retailstudio.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads and writes {@code manifest.json}; keys in a fixed order so the same bundle gives the same bytes. */
final class ManifestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    static String write(BundleManifest manifest) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", manifest.schemaVersion());
        root.put("bundleId", manifest.bundleId());
        root.put("createdAt", manifest.createdAt().toString());
        root.put("createdBy", manifest.createdBy());
        root.put("applicationVersion", manifest.applicationVersion());
        manifest.dataSetFingerprint().ifPresentOrElse(
                fingerprint -> root.put("dataSetFingerprint", fingerprint), () -> root.putNull("dataSetFingerprint"));
        ArrayNode items = root.putArray("items");
        for (BundleManifest.Item item : manifest.items()) {
            ObjectNode node = items.addObject();
            node.put("kind", item.kind());
            node.put("id", item.id());
            node.put("version", item.version());
            node.put("path", item.path());
            node.put("author", item.author());
            node.put("approvedBy", item.approvedBy());
            node.put("approvedAt", item.approvedAt().toString());
            node.put("approverAuthenticated", item.approverAuthenticated());
            ArrayNode derived = node.putArray("derivedFiles");
            item.derivedFiles().forEach(derived::add);
            item.approvalSignature().ifPresentOrElse(proof -> {
                ObjectNode signature = node.putObject("approvalSignature");
                signature.put("keyId", proof.keyId());
                signature.put("signature", proof.signature());
            }, () -> node.putNull("approvalSignature"));
        }
        ObjectNode files = root.putObject("files");
        new TreeMap<>(manifest.files()).forEach(files::put);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A manifest always serialises", e);
        }
    }

    /** Parses a manifest, naming the first field that is missing or malformed. */
    static BundleManifest read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BundleFormatException("manifest.json is not valid JSON: " + e.getOriginalMessage());
        }
        List<BundleManifest.Item> items = new ArrayList<>();
        JsonNode itemNodes = required(root, "items", "/items");
        for (int i = 0; i < itemNodes.size(); i++) {
            JsonNode item = itemNodes.get(i);
            String at = "/items/" + i;
            items.add(new BundleManifest.Item(text(item, "kind", at), text(item, "id", at),
                    required(item, "version", at + "/version").asInt(), text(item, "path", at),
                    text(item, "author", at), text(item, "approvedBy", at), instant(item, "approvedAt", at),
                    derivedFiles(item),
                    // absent in bundles written before approvals recorded it: those were never authenticated
                    item.path("approverAuthenticated").asBoolean(false), approvalSignature(item, at)));
        }
        Map<String, String> files = new TreeMap<>();
        required(root, "files", "/files").fields().forEachRemaining(entry ->
                files.put(entry.getKey(), entry.getValue().asText()));
        JsonNode fingerprint = root.get("dataSetFingerprint");
        return new BundleManifest(required(root, "schemaVersion", "/schemaVersion").asInt(),
                text(root, "bundleId", ""), instant(root, "createdAt", ""), text(root, "createdBy", ""),
                text(root, "applicationVersion", ""),
                fingerprint == null || fingerprint.isNull() ? Optional.empty() : Optional.of(fingerprint.asText()),
                items, files);
    }

    /** Files made from an item; absent in bundles written before markdown plans were exported. */
    private static List<String> derivedFiles(JsonNode item) {
        List<String> files = new ArrayList<>();
        JsonNode derived = item.get("derivedFiles");
        if (derived != null && derived.isArray()) {
            derived.forEach(file -> files.add(file.asText()));
        }
        return files;
    }

    /** The approver's signature; absent in bundles written before approvals were signed. */
    private static Optional<BundleManifest.ApprovalProof> approvalSignature(JsonNode item, String at) {
        JsonNode signature = item.get("approvalSignature");
        if (signature == null || signature.isNull()) {
            return Optional.empty();
        }
        String pointer = at + "/approvalSignature";
        return Optional.of(new BundleManifest.ApprovalProof(text(signature, "keyId", pointer),
                text(signature, "signature", pointer)));
    }

    private static JsonNode required(JsonNode node, String field, String pointer) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BundleFormatException("manifest.json " + pointer + " is missing.");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String at) {
        return required(node, field, at + "/" + field).asText();
    }

    private static Instant instant(JsonNode node, String field, String at) {
        String text = text(node, field, at);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BundleFormatException("manifest.json " + at + "/" + field + " is not an ISO-8601 instant: "
                    + text);
        }
    }
}
