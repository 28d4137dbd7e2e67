package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.JourneyNode;
import java.util.Optional;

/**
 * What the inspector edits for one step, without nodes: its inputs as JavaFX properties, and {@link #commit()},
 * which reads them into a new immutable step. A step that does not read is never produced; its problems show
 * beside the inputs instead.
 */
public abstract class NodeEditorModel {
    private final TypedInput<String> title = TypedInput.required("step a name");
    private JourneyNode current;

    protected NodeEditorModel(JourneyNode node) {
        this.current = node;
        title.load(node.title());
    }

    /** The step as last committed (or as shown). */
    public JourneyNode current() {
        return current;
    }

    public TypedInput<String> title() {
        return title;
    }

    /** The step the inputs describe, keeping the id and position, or empty when some input does not read. */
    public abstract Optional<JourneyNode> read();

    /** The new step when the inputs read and differ from the current step; empty otherwise. */
    public Optional<JourneyNode> commit() {
        Optional<JourneyNode> read = read();
        if (read.isEmpty() || read.get().equals(current)) {
            return Optional.empty();
        }
        current = read.get();
        return read;
    }

    /** The step's kind as a marketer names it, e.g. "Condition split". */
    public static String kindName(JourneyNode node) {
        if (node instanceof JourneyNode.Entry) {
            return "Entry";
        } else if (node instanceof JourneyNode.Wait) {
            return "Wait";
        } else if (node instanceof JourneyNode.ConditionSplit) {
            return "Condition split";
        } else if (node instanceof JourneyNode.RandomSplit) {
            return "Random split";
        } else if (node instanceof JourneyNode.Action) {
            return "Action";
        } else if (node instanceof JourneyNode.NextBestAction) {
            return "Next best action";
        }
        return "Exit";
    }
}
