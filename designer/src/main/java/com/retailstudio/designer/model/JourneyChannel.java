package com.retailstudio.designer.model;

import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.ConsentPurpose;
import java.util.Arrays;
import java.util.Optional;

/** A channel a journey can reach a customer through, with the consent purpose it needs. */
public enum JourneyChannel {
    WEB("web", "Website", null),
    EMAIL("email", "Email", ConsentPurpose.EMAIL_MARKETING),
    APP_PUSH("app_push", "App push", ConsentPurpose.PUSH_MARKETING),
    SMS("sms", "SMS", ConsentPurpose.SMS_MARKETING),
    STORE_ASSOCIATE("store_associate", "Store associate", ConsentPurpose.IN_STORE_RECOGNITION),
    DIGITAL_SIGNAGE("digital_signage", "Digital signage", null),
    PAID_MEDIA("paid_media", "Paid media", ConsentPurpose.PAID_MEDIA_AUDIENCES);

    private final String json;
    private final String label;
    private final ConsentPurpose requiredConsent;

    JourneyChannel(String json, String label, ConsentPurpose requiredConsent) {
        this.json = json;
        this.label = label;
        this.requiredConsent = requiredConsent;
    }

    /** The spelling in journey files, e.g. {@code app_push}. */
    public String json() {
        return json;
    }

    /** The name a marketer reads, e.g. "App push". */
    public String label() {
        return label;
    }

    /** The consent purpose a customer must have granted before this channel may address them personally. */
    public Optional<ConsentPurpose> requiredConsent() {
        return Optional.ofNullable(requiredConsent);
    }

    /** Whether messages on this channel interrupt the customer, so quiet hours must hold them back. */
    public boolean interrupts() {
        return this == APP_PUSH || this == SMS;
    }

    /**
     * The data contract's channel code for events about this channel's messages ({@code events.csv channel}):
     * app push is {@code app}; store associates and digital signage happen in the {@code store}.
     */
    public Channel dataChannel() {
        return switch (this) {
            case WEB -> Channel.WEB;
            case EMAIL -> Channel.EMAIL;
            case APP_PUSH -> Channel.APP;
            case SMS -> Channel.SMS;
            case STORE_ASSOCIATE, DIGITAL_SIGNAGE -> Channel.STORE;
            case PAID_MEDIA -> Channel.PAID_MEDIA;
        };
    }

    public static Optional<JourneyChannel> fromJson(String text) {
        return Arrays.stream(values()).filter(c -> c.json.equals(text)).findFirst();
    }
}
