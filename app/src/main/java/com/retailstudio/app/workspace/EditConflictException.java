package com.retailstudio.app.workspace;

import java.time.Instant;

/**
 * A save refused because someone else changed the same draft or document since it was opened: nothing was
 * overwritten. Says who and when, so the editor can offer to reload their version or save this one as a copy.
 */
public final class EditConflictException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;

    public EditConflictException(String what, String changedBy, Instant changedAt) {
        super(what + " was changed by " + changedBy + " at " + changedAt + " since you opened it; nothing was "
                + "overwritten. Reload it to see their change, or save yours as a copy.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Who saved the newer revision. */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
