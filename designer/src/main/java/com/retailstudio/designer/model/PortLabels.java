package com.retailstudio.designer.model;

import java.util.Optional;

/**
 * The words for a step's output port, wherever a person reads them: on the canvas's connections and in the lint
 * findings about a port that leads nowhere. One place, so both name a path alike.
 */
public final class PortLabels {
    private PortLabels() {
    }

    /** The words on a connection leaving the port; none for a step's single way on. */
    public static Optional<String> words(JourneyNode node, String port) {
        if (node instanceof JourneyNode.ConditionSplit split) {
            if (port.equals(JourneyNode.ELSE)) {
                return Optional.of("Everyone else");
            }
            return split.branches().stream().filter(b -> b.id().equals(port)).findFirst()
                    .map(b -> b.label().isBlank() ? b.id() : b.label());
        }
        if (node instanceof JourneyNode.RandomSplit split) {
            return split.paths().stream().filter(p -> p.id().equals(port)).findFirst()
                    .map(p -> (p.label().isBlank() ? p.id() : p.label()) + " · " + NumberText.format(p.weight()) + " %");
        }
        if (node instanceof JourneyNode.Wait wait && wait.untilEvent().isPresent()) {
            return Optional.of(port.equals(JourneyNode.EVENT) ? "✓ " + wait.untilEvent().get()
                    : "No " + wait.untilEvent().get());
        }
        if (node instanceof JourneyNode.NextBestAction && port.equals(JourneyNode.NONE)) {
            return Optional.of("Nothing eligible");
        }
        return Optional.empty();
    }

    /** The port's words, or its id for a port that has none (a step's single way on: "next"). */
    public static String name(JourneyNode node, String port) {
        return words(node, port).orElse(port);
    }
}
