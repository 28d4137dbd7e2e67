package com.retailstudio.app.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a bundle holds and how to check it: provenance, the approved items, and the SHA-256 of every other file.
 *
 * @param dataSetFingerprint the fingerprint of the active data set when the bundle was made (simulations use it)
 * @param files              relative path (with {@code /}) to SHA-256 as lowercase hex, for every file but the manifest
 */
public record BundleManifest(int schemaVersion, String bundleId, Instant createdAt, String createdBy,
                             String applicationVersion, Optional<String> dataSetFingerprint, List<Item> items,
                             Map<String, String> files) {

    public BundleManifest {
        items = List.copyOf(items);
        files = Map.copyOf(files);
    }

    /**
     * One approved document version in the bundle.
     *
     * @param derivedFiles          the bundle's files made from it besides its document (a journey's decisions, the
     *                              price-change files of a markdown plan), which carry its approval
     * @param approverAuthenticated whether the workspace's database authenticated the approver; {@code false} for an
     *                              approval on a single-person H2 workspace, where the name was typed
     * @param approvalSignature     the approver's signature of the document (empty: approved before approvals were
     *                              signed)
     */
    public record Item(String kind, String id, int version, String path, String author, String approvedBy,
                       Instant approvedAt, List<String> derivedFiles, boolean approverAuthenticated,
                       Optional<ApprovalProof> approvalSignature) {

        public Item {
            derivedFiles = List.copyOf(derivedFiles);
        }

        /** An item whose approver was neither authenticated nor signed. */
        public Item(String kind, String id, int version, String path, String author, String approvedBy,
                    Instant approvedAt, List<String> derivedFiles) {
            this(kind, id, version, path, author, approvedBy, approvedAt, derivedFiles, false, Optional.empty());
        }

        /** "journey 'welcome' v3", as messages name an item. */
        public String describe() {
            return kind.replace('_', ' ') + " '" + id + "' v" + version;
        }
    }

    /**
     * An approver's Ed25519 signature of an item's {@link com.retailstudio.app.signing.ApprovedContent}.
     *
     * @param keyId     the id of the approver's public key
     * @param signature Base64
     */
    public record ApprovalProof(String keyId, String signature) {
    }
}
