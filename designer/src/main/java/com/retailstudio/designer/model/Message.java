package com.retailstudio.designer.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A message a journey sends: channel, kind, the content to show and, for a promotion, its offer.
 *
 * @param contentId the id of the creative in the content library, e.g. {@code cart-reminder-email-v2}
 */
public record Message(JourneyChannel channel, MessageKind kind, String contentId, Optional<Offer> offer) {
    public Message {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(offer, "offer");
    }

    public static Message of(JourneyChannel channel, MessageKind kind, String contentId) {
        return new Message(channel, kind, contentId, Optional.empty());
    }

    /** One line, e.g. "Email · Promotion · 15 % off". */
    public String summary() {
        return channel.label() + " · " + kind.label() + offer.map(o -> " · " + o.describe()).orElse("");
    }
}
