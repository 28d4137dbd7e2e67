package com.retailstudio.app.workspace;

/** Where a submitted document version stands in review: the workflow's states after Draft. */
public enum ReviewState {
    IN_REVIEW,
    APPROVED,
    CHANGES_REQUESTED,
    EXPORTED,
    ARCHIVED
}
