package com.retailstudio.designer.model;

import com.retailstudio.data.model.ConsentPurpose;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The consent purpose the journey checks before each channel addresses a customer, and before a personalised
 * promotion is shown. Lint compares these with the policy in {@link JourneyChannel#requiredConsent()}.
 */
public record ConsentRules(Map<JourneyChannel, ConsentPurpose> channels, Optional<ConsentPurpose> personalisedPromotions) {
    public ConsentRules {
        EnumMap<JourneyChannel, ConsentPurpose> copy = new EnumMap<>(JourneyChannel.class);
        copy.putAll(channels);
        channels = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(personalisedPromotions, "personalisedPromotions");
    }

    /** Every channel's required purpose and personalised_offers for promotions: the policy, in full. */
    public static ConsentRules standard() {
        EnumMap<JourneyChannel, ConsentPurpose> map = new EnumMap<>(JourneyChannel.class);
        for (JourneyChannel channel : JourneyChannel.values()) {
            channel.requiredConsent().ifPresent(p -> map.put(channel, p));
        }
        return new ConsentRules(map, Optional.of(ConsentPurpose.PERSONALISED_OFFERS));
    }

    public Optional<ConsentPurpose> forChannel(JourneyChannel channel) {
        return Optional.ofNullable(channels.get(channel));
    }
}
