package com.retailstudio.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a bundle on its own: the manifest, the checksum of every file (any changed byte is caught), the references
 * between files, the absence of customer-level data, and the checks each document kind registers (e.g. journey lint).
 */
public final class BundleValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Customer ids as the data contract's generator writes them, and the column that carries them. */
    private static final Pattern CUSTOMER_DATA = Pattern.compile("\\bcustomer_id\\b|\\bC\\d{8}\\b");

    private final Map<String, Function<String, List<String>>> checksByKind;

    /** @param checksByKind per document kind, the problems found in one document's JSON (none for other kinds) */
    public BundleValidator(Map<String, Function<String, List<String>>> checksByKind) {
        this.checksByKind = Map.copyOf(checksByKind);
    }

    /** Every problem found, each one sentence naming the file; empty when the bundle is valid. */
    public List<String> validate(Path bundle) {
        if (!Files.exists(bundle)) {
            return List.of(bundle + " does not exist.");
        }
        Map<String, byte[]> files;
        try {
            files = BundleFiles.read(bundle);
        } catch (IOException e) {
            return List.of(bundle + " cannot be read: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        byte[] manifestBytes = files.get(BundleLayout.MANIFEST);
        if (manifestBytes == null) {
            return List.of("The bundle has no " + BundleLayout.MANIFEST + ".");
        }
        BundleManifest manifest;
        try {
            manifest = ManifestJson.read(new String(manifestBytes, StandardCharsets.UTF_8));
        } catch (BundleFormatException e) {
            return List.of(e.getMessage());
        }
        if (manifest.schemaVersion() != BundleLayout.SCHEMA_VERSION) {
            problems.add("manifest.json /schemaVersion is " + manifest.schemaVersion() + "; this version of Retail "
                    + "Studio reads bundles of schema version " + BundleLayout.SCHEMA_VERSION + ".");
        }
        manifest.files().forEach((path, expected) -> {
            byte[] bytes = files.get(path);
            if (bytes == null) {
                problems.add(path + " is listed in manifest.json but missing from the bundle.");
            } else if (!BundleFiles.sha256(bytes).equals(expected)) {
                problems.add(path + " has changed since the bundle was made: its SHA-256 is "
                        + BundleFiles.sha256(bytes) + ", manifest.json says " + expected + ".");
            }
        });
        files.keySet().stream()
                .filter(path -> !path.equals(BundleLayout.MANIFEST) && !manifest.files().containsKey(path))
                .forEach(path -> problems.add(path + " is in the bundle but not listed in manifest.json."));
        for (int i = 0; i < manifest.items().size(); i++) {
            BundleManifest.Item item = manifest.items().get(i);
            byte[] bytes = files.get(item.path());
            if (bytes == null || !manifest.files().containsKey(item.path())) {
                problems.add("manifest.json /items/" + i + "/path names " + item.path()
                        + ", which is not a listed file of the bundle.");
                continue;
            }
            String body = new String(bytes, StandardCharsets.UTF_8);
            try {
                JSON.readTree(body);
            } catch (JsonProcessingException e) {
                problems.add(item.path() + " is not valid JSON: " + e.getOriginalMessage());
                continue;
            }
            checksByKind.getOrDefault(item.kind(), json -> List.of()).apply(body)
                    .forEach(problem -> problems.add(item.path() + ": " + problem));
        }
        files.forEach((path, bytes) -> {
            if (CUSTOMER_DATA.matcher(new String(bytes, StandardCharsets.UTF_8)).find()) {
                problems.add(path + " holds customer-level data (a customer id); bundles must never carry personal "
                        + "data.");
            }
        });
        return List.copyOf(problems);
    }
}
