package com.retailstudio.designer.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A message a journey sends: channel, kind, the content to show and, for a promotion, its offer.
 *
 * @param contentId the id of the creative in the content library, e.g. {@code cart-reminder-email-v2}
 * @param transactional a notice the customer asked for (an order update, a back-in-stock alert): it is neither
 *     counted against nor held back by frequency caps (docs/journey-semantics.md); lint keeps offers and
 *     next-best-action arbitration out of it
 */
public record Message(JourneyChannel channel, MessageKind kind, String contentId, Optional<Offer> offer,
        boolean transactional) {
    public Message {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(offer, "offer");
    }

    /** A marketing message (not transactional). */
    public Message(JourneyChannel channel, MessageKind kind, String contentId, Optional<Offer> offer) {
        this(channel, kind, contentId, offer, false);
    }

    /** This message, marked transactional or not. */
    public Message withTransactional(boolean value) {
        return new Message(channel, kind, contentId, offer, value);
    }

    public static Message of(JourneyChannel channel, MessageKind kind, String contentId) {
        return new Message(channel, kind, contentId, Optional.empty());
    }

    /** One line, e.g. "Email · Promotion · 15 % off". */
    public String summary() {
        return channel.label() + " · " + kind.label() + offer.map(o -> " · " + o.describe()).orElse("")
                + (transactional ? " · Transactional" : "");
    }
}
