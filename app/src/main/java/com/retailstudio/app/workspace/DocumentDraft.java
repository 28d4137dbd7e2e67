package com.retailstudio.app.workspace;

import java.util.Objects;

/**
 * What to save as the next version of a workspace document.
 *
 * @param kind   the kind of document, e.g. {@code journey}, {@code markdown_plan}
 * @param id     the document's id within its kind
 * @param status its workflow status, e.g. {@code draft}, {@code in_review}, {@code approved}
 * @param body   the document itself, as JSON
 */
public record DocumentDraft(String kind, String id, String status, String body) {

    public DocumentDraft {
        requireText(kind, "kind");
        requireText(id, "id");
        requireText(status, "status");
        Objects.requireNonNull(body, "body");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("A document needs a non-blank " + name + ".");
        }
    }
}
