package com.retailstudio.designer.edit;

import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;

/** Copies of a step with another id or position; the step types are records without withers. */
final class Nodes {
    private Nodes() {
    }

    static JourneyNode moved(JourneyNode node, Position to) {
        return copy(node, node.id(), to);
    }

    static JourneyNode copy(JourneyNode node, String id, Position at) {
        if (node instanceof JourneyNode.Entry n) {
            return new JourneyNode.Entry(id, n.title(), at);
        } else if (node instanceof JourneyNode.Wait n) {
            return new JourneyNode.Wait(id, n.title(), at, n.duration(), n.untilEvent(), n.until());
        } else if (node instanceof JourneyNode.ConditionSplit n) {
            return new JourneyNode.ConditionSplit(id, n.title(), at, n.branches());
        } else if (node instanceof JourneyNode.RandomSplit n) {
            return new JourneyNode.RandomSplit(id, n.title(), at, n.paths(), n.experiment());
        } else if (node instanceof JourneyNode.Action n) {
            return new JourneyNode.Action(id, n.title(), at, n.message(), n.sendAtBestHour());
        } else if (node instanceof JourneyNode.NextBestAction n) {
            return new JourneyNode.NextBestAction(id, n.title(), at, n.candidates(), n.fatiguePenalty(),
                    n.sendAtBestHour());
        }
        JourneyNode.Exit n = (JourneyNode.Exit) node;
        return new JourneyNode.Exit(id, n.title(), at);
    }
}
