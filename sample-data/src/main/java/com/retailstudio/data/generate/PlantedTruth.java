package com.retailstudio.data.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.retailstudio.data.generate.ContractVocabulary.AgeBand;
import com.retailstudio.data.generate.ContractVocabulary.ConsentPurpose;
import com.retailstudio.data.generate.ContractVocabulary.Country;
import com.retailstudio.data.generate.ContractVocabulary.LoyaltyTier;
import com.retailstudio.data.generate.ContractVocabulary.MessageKind;
import com.retailstudio.data.generate.ProductCatalog.Product;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes truth.json: the parameters the generator planted, so other modules can be tested on recovering them. */
final class PlantedTruth {

    static final int SCHEMA_VERSION = 1;

    private PlantedTruth() {
    }

    static void write(Path file, GeneratorConfig config, ProductCatalog catalog, CampaignResponseModel responses,
                      BasketAffinityModel baskets, StoreVisitSimulator visits) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("generator", "retail-studio sample-data generator");

        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("customers", config.customers());
        cfg.put("days", config.days());
        cfg.put("products", config.products());
        cfg.put("stores", config.stores());
        cfg.put("seed", config.seed());
        cfg.put("start_date", config.startDate().toString());
        root.put("config", cfg);

        Map<String, Object> elasticities = new LinkedHashMap<>();
        for (Product p : catalog.products()) {
            elasticities.put(p.id(), p.elasticity());
        }
        root.put("elasticities", elasticities);
        root.put("demand_model", "units_sold ~ min(stock_start, Poisson(base × season(week) × min(1, stock_start / "
                + "fixture_stock)^inventory_effect_theta × (price / full_price)^elasticity)); season(w) = 0.85 + 0.3 "
                + "× sin(pi × (w + 0.5) / season_weeks); two seasons per product, the previous one starting 26 weeks "
                + "(or the season length, if longer) before season_start");
        root.put("inventory_effect_theta", SalesHistory.INVENTORY_THETA);

        List<Map<String, Object>> affinity = new ArrayList<>();
        for (BasketAffinityModel.Affinity a : baskets.plantedAffinities()) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("a", a.a());
            pair.put("b", a.b());
            pair.put("lift", a.lift());
            affinity.add(pair);
        }
        root.put("category_affinity", affinity);
        root.put("category_affinity_note", "lift of the category pair among baskets (expected value); category pairs "
                + "not listed are independent, their lift is about the share of visits that buy anything");

        Map<String, Object> propensity = new LinkedHashMap<>();
        Map<String, Object> responseEvent = new LinkedHashMap<>();
        for (int c = 0; c < CampaignResponseModel.CHANNELS.length; c++) {
            Map<String, Object> byKind = new LinkedHashMap<>();
            for (MessageKind k : MessageKind.values()) {
                byKind.put(k.spelling, responses.base(c, k));
            }
            String channel = CampaignResponseModel.CHANNELS[c].spelling;
            propensity.put(channel, byKind);
            responseEvent.put(channel, switch (CampaignResponseModel.CHANNELS[c]) {
                case EMAIL -> "email_open";
                case APP -> "push_open";
                default -> "purchase";
            });
        }
        root.put("response_propensity", propensity);
        root.put("response_event", responseEvent);
        root.put("response_model", "P(response to a send) = response_propensity[channel][message_kind] × modifier "
                + "× 24 × send_hour_preference[age_band][local send hour], capped at 0.95");
        Map<String, Object> modifiers = new LinkedHashMap<>();
        modifiers.put("promotion", "0.4 + 1.2 × price_sensitivity");
        modifiers.put("scarcity", "0.7 + 0.6 × price_sensitivity");
        Map<String, Object> tiers = new LinkedHashMap<>();
        for (LoyaltyTier t : LoyaltyTier.values()) {
            tiers.put(t.name(), CampaignResponseModel.attributeModifier(MessageKind.LOYALTY_REWARD, 0, t));
        }
        modifiers.put("loyalty_reward", tiers);
        modifiers.put("recommendation", 1.0);
        modifiers.put("reminder", 1.0);
        root.put("response_modifiers", modifiers);
        Map<String, Object> followUps = new LinkedHashMap<>();
        followUps.put("email_click_given_open", CampaignResponseModel.EMAIL_CLICK_GIVEN_OPEN);
        followUps.put("purchase_given_email_click", CampaignResponseModel.PURCHASE_GIVEN_EMAIL_CLICK);
        followUps.put("purchase_given_push_open", CampaignResponseModel.PURCHASE_GIVEN_PUSH_OPEN);
        followUps.put("email_unsubscribe_per_send", CampaignResponseModel.EMAIL_UNSUBSCRIBE_PER_SEND);
        followUps.put("sms_unsubscribe_per_send", CampaignResponseModel.SMS_UNSUBSCRIBE_PER_SEND);
        root.put("response_follow_ups", followUps);

        root.put("send_hour_segment", "age_band");
        Map<String, Object> hours = new LinkedHashMap<>();
        for (AgeBand band : AgeBand.values()) {
            hours.put(band.spelling, responses.hourPreference(band));
        }
        root.put("send_hour_preference", hours);
        Map<String, Object> peaks = new LinkedHashMap<>();
        for (AgeBand band : AgeBand.values()) {
            peaks.put(band.spelling, CampaignResponseModel.PEAK_HOUR_BY_AGE_BAND[band.ordinal()]);
        }
        root.put("send_hour_peak", peaks);

        Map<String, Object> consent = new LinkedHashMap<>();
        for (Country country : Country.values()) {
            Map<String, Object> byPurpose = new LinkedHashMap<>();
            for (ConsentPurpose p : ConsentPurpose.values()) {
                byPurpose.put(p.spelling, RandomDraws.round(ConsentModel.grantRate(country, p), 4));
            }
            consent.put(country.name(), byPurpose);
        }
        root.put("consent_rates", consent);
        root.put("consent_note", "probability that a purpose is granted before the window; email and sms grants can "
                + "later be withdrawn by an unsubscribe event, which consents.csv then shows");

        root.put("zone_conversion", visits.plantedZoneConversion());
        root.put("zone_conversion_note", "P(the visit buys the zone's category | the visit dwells in the zone)");
        root.put("visit_transaction_link", "a foot_traffic visit V<n> that bought something is baskets transaction "
                + "T<n>; a dwell is several readings close together inside a zone");

        // LF line ends on every platform, so the file is byte-identical everywhere
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        byte[] json = new ObjectMapper().writer(printer).writeValueAsBytes(root);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(json);
            out.write('\n');
        }
    }
}
