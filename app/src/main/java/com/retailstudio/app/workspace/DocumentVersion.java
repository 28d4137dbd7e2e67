package com.retailstudio.app.workspace;

import java.time.Instant;

/**
 * One stored version of a workspace document; versions of a document count up from 1 and are never changed.
 *
 * @param kind      the kind of document, e.g. {@code journey}
 * @param id        the document's id within its kind
 * @param version   1 for the first save, one more for each save after it
 * @param status    its workflow status when saved
 * @param author    who saved it
 * @param body      the document, as JSON
 * @param createdAt when it was saved
 */
public record DocumentVersion(String kind, String id, int version, String status, String author, String body,
                              Instant createdAt) {
}
