package com.retailstudio.data.model;

import java.util.Optional;

/** The kind of a behavioural event. */
public enum EventType implements CsvCode {
    PAGE_VIEW("page_view"),
    PRODUCT_VIEW("product_view"),
    ADD_TO_CART("add_to_cart"),
    CART_ABANDON("cart_abandon"),
    PURCHASE("purchase"),
    MESSAGE_SENT("message_sent"),
    EMAIL_OPEN("email_open"),
    EMAIL_CLICK("email_click"),
    PUSH_OPEN("push_open"),
    APP_SESSION("app_session"),
    STORE_VISIT("store_visit"),
    UNSUBSCRIBE("unsubscribe");

    private final String csv;

    EventType(String csv) {
        this.csv = csv;
    }

    @Override
    public String csv() {
        return csv;
    }

    /** Whether a row of this type must carry a message kind (message sends and the direct responses to them). */
    public boolean alwaysCarriesMessageKind() {
        return this == MESSAGE_SENT || this == EMAIL_OPEN || this == EMAIL_CLICK || this == PUSH_OPEN;
    }

    /** The constant spelled {@code text} in the data files, or empty when the spelling is not part of the contract. */
    public static Optional<EventType> fromCsv(String text) {
        return CsvCode.parse(EventType.class, text);
    }
}
