package com.retailstudio.app.workspace;

import java.util.List;

/**
 * What {@code audit verify} found: how many entries the log holds, how many predate the hash chain (written before
 * migration V6; covered through the first chained entry), and every place the chain does not hold.
 */
public record AuditVerification(long entries, long beforeChain, List<String> problems) {

    public AuditVerification {
        problems = List.copyOf(problems);
    }

    /** True when no entry was edited or deleted, as far as the chain can tell. */
    public boolean intact() {
        return problems.isEmpty();
    }
}
