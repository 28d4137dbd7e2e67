package com.retailstudio.markdown.ui;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * The message area under the plan's table: of the messages that can appear there (a price set by hand, an export, a
 * submission for review), only the one that spoke last is shown, so lines never pile up and shrink the table.
 */
final class LatestMessage {

    /** A node shown while {@code text} has something to say. */
    record Source(Node node, ObservableValue<String> text) {
    }

    private final List<Source> sources;
    private Source latest;

    private LatestMessage(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Takes over the visibility of the sources' nodes: from now on only the latest non-empty one shows. */
    static LatestMessage among(List<Source> sources) {
        LatestMessage area = new LatestMessage(sources);
        for (Source source : area.sources) {
            source.node().visibleProperty().unbind();
            source.node().managedProperty().unbind();
            source.text().addListener((observable, before, now) -> area.spoke(source));
            if (!isEmpty(source.text().getValue())) {
                area.latest = source;
            }
        }
        area.show();
        return area;
    }

    private void spoke(Source source) {
        if (!isEmpty(source.text().getValue())) {
            latest = source;
        } else if (latest == source) {
            latest = null;
        }
        show();
    }

    private void show() {
        for (Source source : sources) {
            boolean shown = source == latest;
            source.node().setVisible(shown);
            source.node().setManaged(shown);
        }
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
