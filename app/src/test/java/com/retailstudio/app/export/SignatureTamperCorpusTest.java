package com.retailstudio.app.export;

import static com.retailstudio.app.export.BundleTamper.item;
import static com.retailstudio.app.export.BundleTamper.setEverywhere;
import static com.retailstudio.app.export.SignedBundleFixture.CLEARANCE;
import static com.retailstudio.app.export.SignedBundleFixture.WINBACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.retailstudio.app.approval.DocumentChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tamper corpus of signatures and file coverage: each variant changes a real signed bundle the way an attacker
 * (or a hurried hand) would, and {@code validate --trust} must refuse it with a problem naming what is wrong.
 *
 * <p>To add a variant, add a line to {@link #variants()}: a name, the tampering (from {@link BundleTamper}'s steps,
 * with the fixture for keys) and a fragment the problem must contain. Tamper tests of other areas (archives, personal
 * data, CSV cells) build on the same {@link SignedBundleFixture} and {@link BundleTamper} in their own classes.
 */
@Tag("slow") // 39 exports, each tampered and validated; fast: KeysCommandTest's tampered one
class SignatureTamperCorpusTest {

    /** One way to tamper with a bundle, and the words of the problem it must cause. */
    record Variant(String name, BiConsumer<BundleTamper, SignedBundleFixture> tamper, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String MANIFEST = "manifest.json";

    @TempDir
    static Path temp;
    private static SignedBundleFixture fixture;
    private static final AtomicInteger COPIES = new AtomicInteger();

    @BeforeAll
    static void exportTheSignedBundle() throws IOException {
        fixture = SignedBundleFixture.create(temp.resolve("fixture"));
    }

    static Stream<Variant> variants() {
        return Stream.of(
                // A journey edited, its checksum fixed in the manifest.
                new Variant("holdout 10 % -> 0 %, checksum fixed", (bundle, keys) -> bundle
                        .editJson(CLEARANCE, journey -> setEverywhere(journey, "holdoutPercent", IntNode.valueOf(0)))
                        .fixChecksum(CLEARANCE),
                        CLEARANCE + " is not what ben approved as journey 'clearance' v1"),
                new Variant("holdout 10 % -> 0 %, checksum fixed: the manifest signature breaks too", (bundle, keys) ->
                        bundle.editJson(CLEARANCE, journey -> setEverywhere(journey, "holdoutPercent",
                                IntNode.valueOf(0))).fixChecksum(CLEARANCE),
                        MANIFEST + " has changed since dave signed it"),
                new Variant("offer 20 % -> 90 % off, checksum fixed", (bundle, keys) -> bundle
                        .editJson(CLEARANCE, journey -> setEverywhere(journey, "percent", IntNode.valueOf(90)))
                        .fixChecksum(CLEARANCE),
                        CLEARANCE + " is not what ben approved"),
                new Variant("journey id changed inside the document, checksum fixed", (bundle, keys) -> bundle
                        .editJson(CLEARANCE, journey -> journey.put("id", "clearance-2"))
                        .fixChecksum(CLEARANCE),
                        CLEARANCE + " is not what ben approved"),
                new Variant("journey version changed inside the document, checksum fixed", (bundle, keys) -> bundle
                        .editJson(CLEARANCE, journey -> journey.put("version", 7))
                        .fixChecksum(CLEARANCE),
                        CLEARANCE + " is not what ben approved"),
                new Variant("holdout 10 % -> 0 %, checksum fixed, manifest re-signed by a trusted exporter",
                        (bundle, keys) -> bundle
                                .editJson(CLEARANCE, journey -> setEverywhere(journey, "holdoutPercent",
                                        IntNode.valueOf(0)))
                                .fixChecksum(CLEARANCE).signManifest(keys.keyOf("dave")),
                        CLEARANCE + " is not what ben approved"),
                new Variant("journey edited, checksum not fixed", (bundle, keys) -> bundle
                        .editText(CLEARANCE, text -> text.replace("\"holdoutPercent\": 10", "\"holdoutPercent\": 0")),
                        CLEARANCE + " has changed since the bundle was made"),
                new Variant("item version changed in the manifest (re-signed by the exporter)", (bundle, keys) ->
                        bundle.editManifest(manifest -> item(manifest, CLEARANCE).put("version", 2))
                                .signManifest(keys.keyOf("dave")),
                        CLEARANCE + " is not what ben approved as journey 'clearance' v2"),
                new Variant("item id changed in the manifest (re-signed by the exporter)", (bundle, keys) ->
                        bundle.editManifest(manifest -> item(manifest, CLEARANCE).put("id", "welcome"))
                                .signManifest(keys.keyOf("dave")),
                        CLEARANCE + " is not what ben approved as journey 'welcome' v1"),
                new Variant("item author changed in the manifest (re-signed by the exporter)", (bundle, keys) ->
                        bundle.editManifest(manifest -> item(manifest, CLEARANCE).put("author", "zoe"))
                                .signManifest(keys.keyOf("dave")),
                        CLEARANCE + " is not what ben approved"),
                // The README.
                new Variant("README figures changed, checksum fixed", (bundle, keys) -> bundle
                        .editText("README.md", text -> text.replaceFirst("\\d", "9") + "\nMargin +40 %.\n")
                        .fixChecksum("README.md"),
                        MANIFEST + " has changed since dave signed it"),
                new Variant("README approver changed, checksum fixed", (bundle, keys) -> bundle
                        .editText("README.md", text -> text.replace("| ben |", "| eve |"))
                        .fixChecksum("README.md"),
                        MANIFEST + " has changed since dave signed it"),
                // Approvers.
                new Variant("approvedBy set to the author", (bundle, keys) -> bundle
                        .editManifest(manifest -> item(manifest, CLEARANCE).put("approvedBy", "ana")),
                        "(journey 'clearance' v1) is approved by its own author, ana"),
                new Variant("approvedBy set to the author, manifest re-signed by the exporter", (bundle, keys) ->
                        bundle.editManifest(manifest -> item(manifest, CLEARANCE).put("approvedBy", "ana"))
                                .signManifest(keys.keyOf("dave")),
                        "(journey 'clearance' v1) is approved by its own author, ana"),
                new Variant("approvedBy set to the author with a Cyrillic a, manifest re-signed", (bundle, keys) ->
                        bundle.editManifest(manifest -> item(manifest, CLEARANCE).put("approvedBy", "\u0430na"))
                                .signManifest(keys.keyOf("dave")),
                        "(journey 'clearance' v1) is approved by its own author, ana"),
                new Variant("approvedBy set to \"\"", (bundle, keys) -> bundle
                        .editManifest(manifest -> item(manifest, CLEARANCE).put("approvedBy", "")),
                        "(journey 'clearance' v1) names no approver"),
                new Variant("approvedBy set to someone else", (bundle, keys) -> bundle
                        .editManifest(manifest -> item(manifest, CLEARANCE).put("approvedBy", "cara"))
                        .signManifest(keys.keyOf("dave")),
                        "(journey 'clearance' v1) names cara as approver but is signed with ben's key"),
                new Variant("self-approval signed with the author's own trusted key", (bundle, keys) -> bundle
                        .signApproval(CLEARANCE, keys.keyOf("ana")).signManifest(keys.keyOf("dave")),
                        "is approved with the key of its own author, ana"),
                new Variant("approval signature copied from another item", (bundle, keys) -> bundle
                        .editManifest(manifest -> {
                            item(manifest, CLEARANCE).set("approvalSignature",
                                    item(manifest, WINBACK).get("approvalSignature").deepCopy());
                            item(manifest, CLEARANCE).put("approvedBy", "cara");
                        })
                        .signManifest(keys.keyOf("dave")),
                        CLEARANCE + " is not what cara approved as journey 'clearance' v1"),
                new Variant("approval signature removed", (bundle, keys) -> bundle
                        .editManifest(manifest -> item(manifest, CLEARANCE).putNull("approvalSignature"))
                        .signManifest(keys.keyOf("dave")),
                        "(journey 'clearance' v1) has no approval signature"),
                new Variant("approval signed by an untrusted key", (bundle, keys) -> bundle
                        .signApproval(CLEARANCE, keys.untrustedKey("ben")).signManifest(keys.keyOf("dave")),
                        "(journey 'clearance' v1) is approved with key "),
                // The manifest itself.
                new Variant("an item deleted from the manifest", (bundle, keys) -> bundle
                        .editManifest(manifest -> ((ArrayNode)
                                manifest.get("items")).remove(0)),
                        MANIFEST + " has changed since dave signed it"),
                new Variant("an item and its files deleted, manifest re-signed by an untrusted key", (bundle, keys) ->
                        bundle.editManifest(manifest -> {
                            ((ArrayNode) manifest.get("items")).remove(0);
                            ((ObjectNode) manifest.get("files")).remove(List.of(CLEARANCE,
                                    "decisions/clearance-v1.dmn"));
                        }).delete(CLEARANCE).delete("decisions/clearance-v1.dmn")
                                .signManifest(keys.untrustedKey("dave")),
                        "which is not in "),
                new Variant("manifest re-signed by an untrusted key", (bundle, keys) -> bundle
                        .signManifest(keys.untrustedKey("mallory")),
                        MANIFEST + " is signed with key "),
                new Variant("manifest signed by a trusted key that is not the exporter's", (bundle, keys) -> bundle
                        .signManifest(keys.keyOf("ben")),
                        MANIFEST + " says it was made by 'dave' but is signed with ben's key"),
                new Variant("exporter changed in the manifest", (bundle, keys) -> bundle
                        .editManifest(manifest -> manifest.put("createdBy", "cara")),
                        MANIFEST + " has changed since dave signed it"),
                new Variant("unsigned bundle", (bundle, keys) -> bundle.unsign(),
                        MANIFEST + " is not signed"),
                new Variant("unsigned bundle: its items name no approval signature", (bundle, keys) -> bundle.unsign(),
                        "(markdown plan 'autumn' v1) has no approval signature"),
                new Variant("manifest signature value garbled", (bundle, keys) -> bundle
                        .editManifest(manifest -> ((ObjectNode) manifest.get("signature")).put("value", "AAAA")),
                        MANIFEST + " has changed since dave signed it"),
                // Files no signed item derives.
                new Variant("an unapproved journey's DMN listed only under files", (bundle, keys) -> bundle
                        .write("decisions/rogue-v1.dmn", bundle.read("decisions/clearance-v1.dmn"))
                        .fixChecksum("decisions/rogue-v1.dmn").signManifest(keys.keyOf("dave")),
                        "decisions/rogue-v1.dmn is listed in manifest.json but no approved item derives it"),
                new Variant("an unapproved journey listed only under files", (bundle, keys) -> bundle
                        .write("journeys/rogue-v1.json", bundle.read(CLEARANCE))
                        .fixChecksum("journeys/rogue-v1.json").signManifest(keys.keyOf("dave")),
                        "journeys/rogue-v1.json is listed in manifest.json but no approved item derives it"),
                new Variant("a file in the bundle but not in the manifest", (bundle, keys) -> bundle
                        .write("decisions/rogue-v1.dmn", bundle.read("decisions/clearance-v1.dmn")),
                        "decisions/rogue-v1.dmn is in the bundle but not listed in manifest.json"),
                new Variant("an item claims a file its kind does not make", (bundle, keys) -> bundle
                        .write("decisions/rogue-v1.dmn", bundle.read("decisions/clearance-v1.dmn"))
                        .fixChecksum("decisions/rogue-v1.dmn")
                        .editManifest(manifest -> ((ArrayNode)
                                item(manifest, WINBACK).get("derivedFiles")).add("decisions/rogue-v1.dmn"))
                        .signManifest(keys.keyOf("dave")),
                        "derivedFiles names decisions/rogue-v1.dmn, which journey 'winback' v1 does not make"),
                new Variant("an item's path points at another file", (bundle, keys) -> bundle
                        .editManifest(manifest -> item(manifest, CLEARANCE).set("path", TextNode.valueOf(WINBACK)))
                        .signManifest(keys.keyOf("dave")),
                        "/path is " + WINBACK + ", but journey 'clearance' v1 lives at " + CLEARANCE),
                new Variant("price changes edited, checksum fixed", (bundle, keys) -> bundle
                        .editText("markdowns/price-changes.csv", SignatureTamperCorpusTest::firstNewPriceToOneCent)
                        .fixChecksum("markdowns/price-changes.csv"),
                        MANIFEST + " has changed since dave signed it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyTamperedBundleFailsValidateTrustNamingItsProblem(Variant variant) throws IOException {
        BundleTamper bundle = BundleTamper.copyOf(fixture.bundle(),
                temp.resolve("variant-" + COPIES.incrementAndGet()));
        variant.tamper().accept(bundle, fixture);

        List<String> problems = validator().validate(bundle.bundle());

        assertTrue(problems.stream().anyMatch(problem -> problem.contains(variant.expected())),
                variant.name() + " must fail naming '" + variant.expected() + "'; problems: " + problems);
    }

    @Test
    void theCorpusHasAVariantForEverySignatureAndCoverageCheck() {
        assertTrue(variants().count() >= 30, "variants: " + variants().count());
    }

    @Test
    void theRealBundleApprovedByThreePeopleAndSignedByAFourthPasses() throws IOException {
        assertEquals(List.of(), validator().validate(fixture.bundle()));
        assertEquals(List.of("ana", "ben", "cara", "dave"), fixture.trustedKeys().byKeyId().values().stream()
                .map(TrustedKeys.TrustedKey::person).sorted().toList());
    }

    @Test
    void reindentingOrReorderingTheManifestKeepsItsSignature() throws IOException {
        BundleTamper bundle = BundleTamper.copyOf(fixture.bundle(), temp.resolve("reindented"));
        bundle.editText(MANIFEST, text -> text.replace("\n", "\r\n").replace("  ", "\t"));

        assertEquals(List.of(), validator().validate(bundle.bundle()));
    }

    @Test
    void withoutTrustedKeysSignaturesAreNotCheckedButEverythingElseIs() throws IOException {
        BundleTamper unsigned = BundleTamper.copyOf(fixture.bundle(), temp.resolve("unsigned-untrusted"));
        unsigned.unsign();
        BundleValidator untrusting = new BundleValidator(DocumentChecks.forBundles());

        assertEquals(List.of(), untrusting.validate(unsigned.bundle()));
        unsigned.write("decisions/rogue-v1.dmn", unsigned.read("decisions/clearance-v1.dmn"))
                .fixChecksum("decisions/rogue-v1.dmn");
        assertEquals(List.of("decisions/rogue-v1.dmn is listed in manifest.json but no approved item derives it; "
                + "only approved items and the files made from them may be in a bundle."),
                untrusting.validate(unsigned.bundle()));
    }

    /** The first price change's new price set to 0.01. */
    private static String firstNewPriceToOneCent(String csv) {
        String[] lines = csv.split("\n", -1);
        String[] cells = lines[1].split(",", -1);
        cells[4] = "0.01";
        lines[1] = String.join(",", cells);
        return String.join("\n", lines);
    }

    private static BundleValidator validator() throws IOException {
        return new BundleValidator(DocumentChecks.forBundles()).trusting(fixture.trustedKeys());
    }
}
