package com.retailstudio.data.io;

import static com.retailstudio.data.io.FieldText.code;
import static com.retailstudio.data.io.FieldText.decimal;
import static com.retailstudio.data.io.FieldText.instant;
import static com.retailstudio.data.io.FieldText.text;

import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.MessageKind;
import java.time.Instant;
import java.util.Optional;

/**
 * Maps events.csv rows to {@link Event} records and back, with the file's row rules.
 * Keeps state between rows, so use one instance per scan.
 */
final class EventCodec implements RecordCodec<Event> {

    // A code column's position among its spellings is the constant's ordinal (CsvCode.spellings lists them in order).
    private static final EventType[] TYPES = EventType.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final MessageKind[] KINDS = MessageKind.values();

    private Instant previous;

    @Override
    public DataFile file() {
        return DataFile.EVENTS;
    }

    @Override
    public Event read(ParsedRow r) {
        return new Event(r.text(0), r.instant(1), r.text(2), TYPES[r.code(3)],
                CHANNELS[r.code(4)], r.code(5) < 0 ? Optional.empty() : Optional.of(KINDS[r.code(5)]),
                r.optionalText(6), r.optionalText(7), r.optionalDecimal(8));
    }

    @Override
    public String[] write(Event e) {
        return new String[] {e.eventId(), instant(e.timestamp()), e.customerId(), code(e.eventType()), code(e.channel()),
                e.messageKind().map(MessageKind::csv).orElse(""), text(e.messageId()), text(e.productId()), decimal(e.value())};
    }

    @Override
    public String key(Event e) {
        return e.eventId();
    }

    @Override
    public void check(Event e, RowCheck check) {
        EventType type = e.eventType();
        boolean attributedPurchase = type == EventType.PURCHASE && e.messageId().isPresent();
        boolean needsKind = type.alwaysCarriesMessageKind() || attributedPurchase;
        if (needsKind && e.messageKind().isEmpty()) {
            check.fail("message_kind", ProblemKind.RULE_VIOLATED, "is empty but required for "
                    + (attributedPurchase ? "a purchase attributed to a message (message_id is set)" : type.csv() + " events"));
        } else if (!needsKind && e.messageKind().isPresent()) {
            check.fail("message_kind", ProblemKind.RULE_VIOLATED, ColumnType.quote(e.messageKind().get().csv())
                    + " must be empty for " + (type == EventType.PURCHASE ? "a purchase without message_id" : type.csv() + " events"));
        }
        if (previous != null && e.timestamp().isBefore(previous)) {
            check.fail("timestamp", ProblemKind.OUT_OF_ORDER, e.timestamp() + " is earlier than the previous row's "
                    + previous + " (rows must be sorted by timestamp)");
        } else {
            previous = e.timestamp();
        }
    }
}
