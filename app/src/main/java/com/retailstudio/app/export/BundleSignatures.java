package com.retailstudio.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.retailstudio.app.approval.PersonName;
import com.retailstudio.app.signing.ApprovedContent;
import com.retailstudio.app.signing.CanonicalJson;
import com.retailstudio.app.signing.Ed25519;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a bundle's signatures against the keys production trusts: the exporter's signature of the manifest (which
 * carries every file's SHA-256), and each item's approval signature over the bundled document, made by a trusted key
 * of the named approver who is not the item's author.
 */
final class BundleSignatures {

    private BundleSignatures() {
    }

    /** Every signature problem, each one sentence naming the manifest or the item; empty when all are trusted. */
    static List<String> verify(byte[] manifestBytes, BundleManifest manifest, Map<String, byte[]> files,
                               TrustedKeys trusted) {
        List<String> problems = new ArrayList<>();
        verifyManifest(manifestBytes, manifest, trusted, problems);
        for (int i = 0; i < manifest.items().size(); i++) {
            verifyApproval(i, manifest.items().get(i), files, trusted, problems);
        }
        return List.copyOf(problems);
    }

    private static void verifyManifest(byte[] manifestBytes, BundleManifest manifest, TrustedKeys trusted,
                                       List<String> problems) {
        JsonNode root;
        try {
            root = CanonicalJson.parse(new String(manifestBytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            problems.add(BundleLayout.MANIFEST + " cannot be checked for its signature: " + e.getMessage() + ".");
            return;
        }
        Optional<ManifestSignature> signature = ManifestSignature.read(root);
        if (signature.isEmpty()) {
            problems.add(BundleLayout.MANIFEST + " is not signed, so nothing shows who made the bundle or that its "
                    + "checksums are theirs.");
            return;
        }
        ManifestSignature found = signature.get();
        Optional<TrustedKeys.TrustedKey> key = trusted.find(found.keyId());
        if (key.isEmpty()) {
            problems.add(BundleLayout.MANIFEST + " is signed with key " + found.keyId() + " (claimed by '"
                    + found.signedBy() + "'), which is not in " + trusted.source() + ".");
            return;
        }
        String signer = key.get().person();
        if (!signer.equals(found.signedBy()) || !signer.equals(manifest.createdBy())) {
            problems.add(BundleLayout.MANIFEST + " says it was made by '" + manifest.createdBy() + "' but is signed "
                    + "with " + signer + "'s key.");
        }
        if (!Ed25519.verify(key.get().publicKey(), ManifestSignature.signedBytes(root), found.value())) {
            problems.add(BundleLayout.MANIFEST + " has changed since " + signer + " signed it: its signature does not "
                    + "match (an item, an approver or a checksum was edited, or an item added or removed).");
        }
    }

    private static void verifyApproval(int index, BundleManifest.Item item, Map<String, byte[]> files,
                                       TrustedKeys trusted, List<String> problems) {
        String at = BundleLayout.MANIFEST + " /items/" + index + " (" + item.describe() + ")";
        String approver = item.approvedBy().strip();
        if (approver.isEmpty()) {
            problems.add(at + " names no approver.");
        } else if (PersonName.samePerson(approver, item.author())) {
            problems.add(at + " is approved by its own author, " + item.author() + " (four eyes).");
        }
        if (item.approvalSignature().isEmpty()) {
            problems.add(at + " has no approval signature, so nothing shows that "
                    + (approver.isEmpty() ? "anyone" : approver) + " approved it.");
            return;
        }
        BundleManifest.ApprovalProof proof = item.approvalSignature().get();
        Optional<TrustedKeys.TrustedKey> key = trusted.find(proof.keyId());
        if (key.isEmpty()) {
            problems.add(at + " is approved with key " + proof.keyId() + ", which is not in " + trusted.source()
                    + ".");
            return;
        }
        String signer = key.get().person();
        // compared as the four-eyes rule compares names: case, spaces, invisible and look-alike letters
        if (PersonName.samePerson(signer, item.author())) {
            problems.add(at + " is approved with the key of its own author, " + signer + " (four eyes).");
        } else if (!signer.equals(item.approvedBy())) {
            problems.add(at + (approver.isEmpty() ? " names no approver" : " names " + approver + " as approver")
                    + " but is signed with " + signer + "'s key.");
        }
        byte[] document = files.get(item.path());
        if (document == null) {
            return; // reported by the file checks
        }
        byte[] content;
        try {
            content = new ApprovedContent(item.kind(), item.id(), item.version(), item.author(), item.approvedBy(),
                    new String(document, StandardCharsets.UTF_8)).bytes();
        } catch (IllegalArgumentException e) {
            problems.add(item.path() + " cannot be checked against its approval: " + e.getMessage() + ".");
            return;
        }
        if (!Ed25519.verify(key.get().publicKey(), content, proof.signature())) {
            problems.add(item.path() + " is not what " + signer + " approved as " + item.describe() + ": the "
                    + "approval signature does not match (the document, its id, version, author or approver was "
                    + "changed, or the signature belongs to another item).");
        }
    }
}
