package com.retailstudio.designer.model;

import java.util.Objects;

/**
 * A connection from one node's output port to another node.
 *
 * @param from the source node id
 * @param port the source's output port, e.g. {@code next}, {@code timeout}, a branch id
 * @param to   the target node id
 */
public record Edge(String from, String port, String to) {
    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(to, "to");
    }

    /** A short plain-language label, e.g. {@code wait-1 (timeout) → email-2}. */
    public String describe() {
        return from + " (" + port + ") → " + to;
    }
}
