package com.retailstudio.designer.lint;

import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.designer.model.Guardrails;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.Offer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Messages respect consent, frequency caps and quiet hours, and never personalise a price. */
final class GuardrailRules implements LintRule {

    @Override
    public void check(Journey journey, List<Finding> findings) {
        Guardrails guardrails = journey.guardrails();
        Set<JourneyChannel> capChecked = EnumSet.noneOf(JourneyChannel.class);
        Set<JourneyChannel> quietChecked = EnumSet.noneOf(JourneyChannel.class);
        if (journey.reEntry().allowed() && journey.reEntry().maxEntries() > 1 && journey.reEntry().cooldown().isZero()) {
            findings.add(Finding.warning("REENTRY_WITHOUT_COOLDOWN", null, "Customers may enter this journey again "
                    + "as soon as they leave it, up to " + journey.reEntry().maxEntries() + " times. Set a re-entry "
                    + "cooldown (for example 7 days) so nobody gets the same messages back to back."));
        }
        for (JourneyNode node : journey.nodes()) {
            for (Message message : messages(node)) {
                JourneyChannel channel = message.channel();
                consent(guardrails, node, message, findings);
                // A channel used only by transactional messages needs no cap: caps do not apply to them.
                if (!message.transactional() && capChecked.add(channel)) {
                    frequencyCap(guardrails, node, channel, findings);
                }
                if (channel.interrupts() && quietChecked.add(channel)
                        && guardrails.quietHours().filter(q -> q.covers(channel)).isEmpty()) {
                    findings.add(Finding.error("QUIET_HOURS_MISSING", node.id(), channel.label() + " messages "
                            + "interrupt people; add quiet hours for " + channel.label()
                            + " (for example 21:00 to 08:00 in the customer's local time)."));
                }
                if (message.kind() == MessageKind.PROMOTION && message.offer().isEmpty()) {
                    findings.add(Finding.warning("PROMOTION_WITHOUT_OFFER", node.id(), "\"" + Names.of(node)
                            + "\" is a promotion without an offer. Add a percentage off, a bundle or bonus points, or "
                            + "choose another message kind."));
                }
                if (message.offer().orElse(null) instanceof Offer.PriceOverride) {
                    findings.add(Finding.error("BASE_PRICE_PERSONALISED", node.id(), "\"" + Names.of(node)
                            + "\" sets a personal price. Prices are the same for every customer; personalise the "
                            + "promotion instead (a percentage off, a bundle or bonus points)."));
                }
            }
        }
    }

    private static List<Message> messages(JourneyNode node) {
        if (node instanceof JourneyNode.Action a) {
            return List.of(a.message());
        }
        if (node instanceof JourneyNode.NextBestAction nba) {
            return nba.candidates().stream().map(JourneyNode.Candidate::message).toList();
        }
        return List.of();
    }

    private static void consent(Guardrails guardrails, JourneyNode node, Message message, List<Finding> findings) {
        JourneyChannel channel = message.channel();
        Optional<ConsentPurpose> needed = channel.requiredConsent();
        if (needed.isPresent() && !guardrails.consent().forChannel(channel).equals(needed)) {
            findings.add(Finding.error("CONSENT_MISSING", node.id(), "\"" + Names.of(node) + "\" sends "
                    + channel.label() + " messages, which need the customer's " + needed.get().csv()
                    + " consent. Set the journey's consent rule for " + channel.label() + " to "
                    + needed.get().csv() + "."));
        }
        boolean personalisedPromotion = message.kind() == MessageKind.PROMOTION || message.offer().isPresent();
        if (personalisedPromotion && !guardrails.consent().personalisedPromotions()
                .equals(Optional.of(ConsentPurpose.PERSONALISED_OFFERS))) {
            findings.add(Finding.error("CONSENT_MISSING", node.id(), "\"" + Names.of(node) + "\" makes a "
                    + "personalised offer, which needs the customer's personalised_offers consent. Turn on the "
                    + "consent rule for personalised promotions."));
        }
    }

    private static void frequencyCap(Guardrails guardrails, JourneyNode node, JourneyChannel channel,
            List<Finding> findings) {
        if (!guardrails.capsFor(channel).isEmpty()) {
            return;
        }
        if (guardrails.globalCap().isPresent()) {
            findings.add(Finding.warning("FREQUENCY_CAP_MISSING", node.id(), channel.label() + " has no cap of its "
                    + "own; only the cap across all channels limits it. Consider a " + channel.label() + " cap."));
        } else {
            findings.add(Finding.error("FREQUENCY_CAP_MISSING", node.id(), "Nothing limits how many "
                    + channel.label() + " messages a customer gets. Add a frequency cap for " + channel.label()
                    + " (for example at most 2 per week)."));
        }
    }
}
