package com.retailstudio.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.app.approval.PortfolioRulesCheck;
import com.retailstudio.designer.dmn.DmnExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Checks a bundle on its own: its structure ({@link BundleFiles}: strict zip, no links or special files, sizes), the
 * manifest, the checksum of every file (any changed byte is caught), the references between files, each DMN's logic
 * against its journey ({@link DecisionLogic}), the absence of personal data ({@link PersonalDataScan}) and of
 * spreadsheet formula cells ({@link FormulaCells}), and the checks each document kind registers (e.g. journey lint).
 */
public final class BundleValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** DMN 1.3 ({@code 20191111}) and later model namespaces. */
    private static final Pattern DMN_MODEL = Pattern.compile("https://www\\.omg\\.org/spec/DMN/(\\d{8})/MODEL/");

    private final Map<String, Function<String, List<String>>> checksByKind;
    private final Optional<TrustedKeys> trust;

    /**
     * A validator that checks everything but signatures.
     *
     * @param checksByKind per document kind, the problems found in one document's JSON (none for other kinds)
     */
    public BundleValidator(Map<String, Function<String, List<String>>> checksByKind) {
        this(checksByKind, Optional.empty());
    }

    private BundleValidator(Map<String, Function<String, List<String>>> checksByKind, Optional<TrustedKeys> trust) {
        this.checksByKind = Map.copyOf(checksByKind);
        this.trust = trust;
    }

    /** A validator that also checks every signature against the keys production trusts. */
    public BundleValidator trusting(TrustedKeys keys) {
        return new BundleValidator(checksByKind, Optional.of(keys));
    }

    /** Every problem found, each one sentence naming the file; empty when the bundle is valid. */
    public List<String> validate(Path bundle) {
        if (!Files.exists(bundle)) {
            return List.of(bundle + " does not exist.");
        }
        Map<String, byte[]> files;
        try {
            files = BundleFiles.read(bundle);
        } catch (BundleReadException e) {
            return e.problems().stream().map(problem -> bundle.getFileName() + " is refused: " + problem).toList();
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
            if (item.kind().equals("journey")) {
                checkDecisions(item, files, manifest, problems);
            }
            String at = "manifest.json /items/" + i + "/derivedFiles names ";
            item.derivedFiles().stream().filter(path -> !manifest.files().containsKey(path)).forEach(path ->
                    problems.add(at + path + ", which is not a listed file of the bundle."));
        }
        problems.addAll(PriceChangeFiles.validate(files, manifest));
        if (!files.containsKey(BundleLayout.JOURNEY_SCHEMA) || !manifest.files().containsKey(BundleLayout.JOURNEY_SCHEMA)) {
            problems.add("The bundle has no " + BundleLayout.JOURNEY_SCHEMA + " (the JSON Schema of its journey files).");
        }
        boolean carriesPortfolio = manifest.items().stream()
                .anyMatch(item -> item.kind().equals(PortfolioRulesCheck.KIND));
        if (carriesPortfolio && !(files.containsKey(BundleLayout.PORTFOLIO_SCHEMA)
                && manifest.files().containsKey(BundleLayout.PORTFOLIO_SCHEMA))) {
            problems.add("The bundle has no " + BundleLayout.PORTFOLIO_SCHEMA
                    + " (the JSON Schema of its portfolio rules).");
        }
        problems.addAll(BundleCoverage.problems(manifest));
        trust.ifPresent(keys -> problems.addAll(BundleSignatures.verify(manifestBytes, manifest, files, keys)));
        problems.addAll(PersonalDataScan.scan(files, Set.of()));
        problems.addAll(FormulaCells.scan(files));
        return List.copyOf(problems);
    }

    /** A journey item needs its decisions file: XML whose root is a DMN 1.3 (or later) {@code definitions}. */
    private static void checkDecisions(BundleManifest.Item item, Map<String, byte[]> files, BundleManifest manifest,
            List<String> problems) {
        String path = BundleLayout.decisionsPath(item.id(), item.version());
        byte[] bytes = files.get(path);
        if (bytes == null || !manifest.files().containsKey(path)) {
            problems.add(item.path() + " has no decisions file " + path + " listed in the bundle.");
            return;
        }
        Element root;
        try {
            root = UntrustedXml.root(bytes);
        } catch (IOException e) {
            problems.add(path + " is not valid XML: " + e.getMessage());
            return;
        }
        String namespace = root.getNamespaceURI();
        Matcher dmn = DMN_MODEL.matcher(namespace == null ? "" : namespace);
        if (!"definitions".equals(root.getLocalName()) || !dmn.matches() || dmn.group(1).compareTo("20191111") < 0) {
            problems.add(path + " is not DMN 1.3 or later: its root element is {" + namespace + "}"
                    + root.getLocalName() + ", expected {" + DmnExporter.DMN_NAMESPACE + "}definitions.");
            return;
        }
        DmnSchema.problem(namespace, bytes).ifPresent(problem -> problems.add(path + " does not follow the DMN "
                + DmnSchema.version(namespace).orElseThrow() + " XML Schema: " + problem));
        String journey = new String(files.get(item.path()), StandardCharsets.UTF_8);
        DecisionLogic.differences(item.id() + " v" + item.version(), journey, bytes)
                .forEach(difference -> problems.add(path + " " + difference));
    }
}
