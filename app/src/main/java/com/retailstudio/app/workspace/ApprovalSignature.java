package com.retailstudio.app.workspace;

import java.time.Instant;

/** The approver's signature of an approved document version, stored with its review. */
public record ApprovalSignature(String kind, String id, int version, String approvedBy, String keyId,
                                String signature, Instant signedAt) {
}
