package com.retailstudio.data.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvCodeTest {

    private static <E extends Enum<E> & CsvCode> void assertRoundTrip(Class<E> type) {
        for (E value : type.getEnumConstants()) {
            assertEquals(Optional.of(value), CsvCode.parse(type, value.csv()), type.getSimpleName() + "." + value);
        }
    }

    @Test
    void everyConstantIsFoundByItsOwnSpelling() {
        assertRoundTrip(LoyaltyTier.class);
        assertRoundTrip(AgeBand.class);
        assertRoundTrip(Channel.class);
        assertRoundTrip(ConsentPurpose.class);
        assertRoundTrip(EventType.class);
        assertRoundTrip(MessageKind.class);
        assertRoundTrip(ZoneType.class);
    }

    @Test
    void spellingsFollowTheContract() {
        assertEquals(List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+"), CsvCode.spellings(AgeBand.class));
        assertEquals(List.of("web", "email", "app", "sms", "store", "paid_media"), CsvCode.spellings(Channel.class));
        assertEquals(Optional.of(EventType.CART_ABANDON), EventType.fromCsv("cart_abandon"));
    }

    @Test
    void spellingIsCaseSensitiveAndUnknownSpellingsAreEmpty() {
        assertEquals(Optional.empty(), LoyaltyTier.fromCsv("gold"));
        assertEquals(Optional.empty(), Channel.fromCsv("Web"));
        assertEquals(Optional.empty(), ZoneType.fromCsv("aisle"));
    }
}
