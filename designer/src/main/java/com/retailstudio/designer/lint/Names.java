package com.retailstudio.designer.lint;

import com.retailstudio.designer.model.JourneyNode;

/** How findings name a step: its title, or its id when it has none. */
final class Names {
    private Names() {
    }

    static String of(JourneyNode node) {
        return node.title().isBlank() ? node.id() : node.title();
    }
}
