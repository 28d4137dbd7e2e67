package com.retailstudio.designer.lint;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import java.util.List;

/**
 * Transactional messages skip frequency caps, so they must not be marketing in disguise: no promotion, no offer, and
 * no place in next-best-action arbitration (which chooses between marketing messages).
 */
final class TransactionalRules implements LintRule {

    @Override
    public void check(Journey journey, List<Finding> findings) {
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.Action a) {
                promotion(node, a.message(), "\"" + Names.of(node) + "\"", findings);
            } else if (node instanceof JourneyNode.NextBestAction nba) {
                for (JourneyNode.Candidate c : nba.candidates()) {
                    if (c.message().transactional()) {
                        findings.add(Finding.error("TRANSACTIONAL_IN_ARBITRATION", node.id(), "The option \""
                                + c.id() + "\" of \"" + Names.of(node) + "\" is marked transactional. A next best "
                                + "action chooses between marketing messages; send a transactional notice from its "
                                + "own message step, or clear the mark."));
                    }
                    promotion(node, c.message(), "The option \"" + c.id() + "\" of \"" + Names.of(node) + "\"",
                            findings);
                }
            }
        }
    }

    private static void promotion(JourneyNode node, Message message, String what, List<Finding> findings) {
        if (!message.transactional()) {
            return;
        }
        if (message.kind() == MessageKind.PROMOTION || message.offer().isPresent()) {
            findings.add(Finding.error("TRANSACTIONAL_PROMOTION", node.id(), what + " is marked transactional but "
                    + (message.offer().isPresent() ? "carries an offer (" + message.offer().get().describe() + ")"
                    : "is a promotion") + ". Only notices the customer asked for, such as an order update or a "
                    + "back-in-stock alert, may skip frequency caps; remove the offer or clear the transactional "
                    + "mark."));
        }
    }
}
