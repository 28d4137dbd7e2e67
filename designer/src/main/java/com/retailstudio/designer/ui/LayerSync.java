package com.retailstudio.designer.ui;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.Node;

/** Keeps a layer of the journey canvas in step with what is to be drawn, touching as few nodes as it can. */
final class LayerSync {
    private LayerSync() {
    }

    /**
     * Makes the layer's children the wanted nodes: a node taken out of the scene graph and put back has its CSS
     * applied again, which is what makes a redraw slow. Nodes that stay keep their place and new ones go on top;
     * within a layer the order does not matter.
     */
    static void sync(Group layer, List<Node> wanted) {
        ObservableList<Node> children = layer.getChildren();
        if (children.equals(wanted)) {
            return;
        }
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(child -> !keep.contains(child));
        Set<Node> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(children);
        List<Node> added = wanted.stream().filter(n -> !present.contains(n)).toList();
        if (!added.isEmpty()) {
            children.addAll(added);
        }
    }
}
