package com.retailstudio.data.quality;

import com.retailstudio.data.io.DataSetVisitor;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.Event;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the quality report needs from the rows themselves (the newest event, consents granted per purpose),
 * accumulated without keeping them: a visitor of the checker's pass, or of an import's beside its writer.
 */
public final class QualityObservations implements DataSetVisitor {

    private Instant newestEvent;
    private final Map<ConsentPurpose, Long> granted = new EnumMap<>(ConsentPurpose.class);

    @Override
    public void event(Event event) {
        if (newestEvent == null || event.timestamp().isAfter(newestEvent)) {
            newestEvent = event.timestamp();
        }
    }

    @Override
    public void consent(Consent consent) {
        // (customer_id, purpose) is unique among valid rows, so counting rows counts customers.
        if (consent.granted()) {
            granted.merge(consent.purpose(), 1L, Long::sum);
        }
    }

    /** The newest event's time, or null before any event. */
    Instant newestEvent() {
        return newestEvent;
    }

    long granted(ConsentPurpose purpose) {
        return granted.getOrDefault(purpose, 0L);
    }
}
