package com.retailstudio.data.generate;

import java.nio.charset.StandardCharsets;

/** The contract's value spellings, each with its bytes ready for the CSV writer. */
final class ContractVocabulary {

    private ContractVocabulary() {
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    enum Channel {
        WEB("web"), EMAIL("email"), APP("app"), SMS("sms"), STORE("store"), PAID_MEDIA("paid_media");

        final String spelling;
        final byte[] csv;

        Channel(String spelling) {
            this.spelling = spelling;
            this.csv = bytes(spelling);
        }
    }

    enum MessageKind {
        RECOMMENDATION("recommendation"), SCARCITY("scarcity"), REMINDER("reminder"), PROMOTION("promotion"),
        LOYALTY_REWARD("loyalty_reward");

        final String spelling;
        final byte[] csv;

        MessageKind(String spelling) {
            this.spelling = spelling;
            this.csv = bytes(spelling);
        }
    }

    enum EventType {
        PAGE_VIEW("page_view"), PRODUCT_VIEW("product_view"), ADD_TO_CART("add_to_cart"),
        CART_ABANDON("cart_abandon"), PURCHASE("purchase"), MESSAGE_SENT("message_sent"), EMAIL_OPEN("email_open"),
        EMAIL_CLICK("email_click"), PUSH_OPEN("push_open"), APP_SESSION("app_session"), STORE_VISIT("store_visit"),
        UNSUBSCRIBE("unsubscribe");

        final String spelling;
        final byte[] csv;

        EventType(String spelling) {
            this.spelling = spelling;
            this.csv = bytes(spelling);
        }
    }

    enum ConsentPurpose {
        EMAIL_MARKETING("email_marketing"), PUSH_MARKETING("push_marketing"), SMS_MARKETING("sms_marketing"),
        PERSONALISED_OFFERS("personalised_offers"), IN_STORE_RECOGNITION("in_store_recognition"),
        PAID_MEDIA_AUDIENCES("paid_media_audiences");

        final String spelling;
        final byte[] csv;

        ConsentPurpose(String spelling) {
            this.spelling = spelling;
            this.csv = bytes(spelling);
        }
    }

    enum LoyaltyTier {
        NONE, SILVER, GOLD, PLATINUM;

        final byte[] csv = bytes(name());
    }

    /** Age bands with the ages (in whole years, at the data set's end) they span; 65+ is generated up to 90. */
    enum AgeBand {
        AGE_18_24("18-24", 18, 24), AGE_25_34("25-34", 25, 34), AGE_35_44("35-44", 35, 44),
        AGE_45_54("45-54", 45, 54), AGE_55_64("55-64", 55, 64), AGE_65_PLUS("65+", 65, 90);

        final String spelling;
        final byte[] csv;
        final int youngest;
        final int oldest;

        AgeBand(String spelling, int youngest, int oldest) {
            this.spelling = spelling;
            this.csv = bytes(spelling);
            this.youngest = youngest;
            this.oldest = oldest;
        }
    }

    /** Countries with their time zones (several for the US) and share of customers. */
    enum Country {
        GB(0.34, "Europe/London"), DE(0.20, "Europe/Berlin"), FR(0.15, "Europe/Paris"), NL(0.09, "Europe/Amsterdam"),
        US(0.22, "America/New_York", "America/Chicago", "America/Los_Angeles");

        final double share;
        final String[] timeZones;
        final byte[] csv = bytes(name());

        Country(double share, String... timeZones) {
            this.share = share;
            this.timeZones = timeZones;
        }
    }
}
