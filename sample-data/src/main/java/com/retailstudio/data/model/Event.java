package com.retailstudio.data.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A behavioural event of one customer: one row of {@code events.csv}.
 * Optional columns are {@link Optional} (empty when the field is empty in the file), never {@code null}.
 *
 * @param eventId     unique event id
 * @param timestamp   when the event happened (UTC)
 * @param customerId  the customer who acted or was messaged
 * @param eventType   what happened
 * @param channel     where it happened
 * @param messageKind the message's kind, for sends, responses and purchases attributed to a message
 * @param messageId   for a send its own id; for a response or attributed purchase the id of the send it answers
 * @param productId   the product involved, if any
 * @param value       the order value of a purchase in currency units, if any
 */
public record Event(
        String eventId,
        Instant timestamp,
        String customerId,
        EventType eventType,
        Channel channel,
        Optional<MessageKind> messageKind,
        Optional<String> messageId,
        Optional<String> productId,
        OptionalDouble value) {

    public Event {
        Objects.requireNonNull(messageKind, "messageKind");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(value, "value");
    }
}
