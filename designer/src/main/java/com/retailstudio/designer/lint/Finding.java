package com.retailstudio.designer.lint;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem lint found in a journey.
 *
 * @param code    stable identifier of the rule, e.g. {@code DEAD_END}
 * @param message one or two plain sentences for a marketer: what is wrong and what to do
 * @param nodeId  the node the finding belongs to; empty for the journey as a whole
 */
public record Finding(Severity severity, String code, String message, Optional<String> nodeId) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(nodeId, "nodeId");
    }

    static Finding error(String code, String nodeId, String message) {
        return new Finding(Severity.ERROR, code, message, Optional.ofNullable(nodeId));
    }

    static Finding warning(String code, String nodeId, String message) {
        return new Finding(Severity.WARNING, code, message, Optional.ofNullable(nodeId));
    }

    /** e.g. {@code ERROR DEAD_END [wait-1] Nothing follows ...}. */
    public String toLine() {
        return severity + " " + code + nodeId.map(n -> " [" + n + "]").orElse("") + " " + message;
    }
}
