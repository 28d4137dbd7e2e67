package com.retailstudio.app.workspace;

import java.time.Instant;
import java.util.Optional;

/**
 * The review of one frozen document version.
 *
 * @param author      who wrote the version (the approver must be someone else)
 * @param submittedBy who submitted it for review
 * @param decidedBy   who last moved it on (approved, requested changes, exported, archived)
 */
public record Review(String kind, String id, int version, ReviewState state, String author, String submittedBy,
                     Instant submittedAt, Optional<String> decidedBy, Optional<Instant> decidedAt,
                     Optional<String> comment) {
}
