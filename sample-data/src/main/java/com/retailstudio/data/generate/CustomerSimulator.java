package com.retailstudio.data.generate;

import com.retailstudio.data.generate.ContractVocabulary.AgeBand;
import com.retailstudio.data.generate.ContractVocabulary.Channel;
import com.retailstudio.data.generate.ContractVocabulary.ConsentPurpose;
import com.retailstudio.data.generate.ContractVocabulary.Country;
import com.retailstudio.data.generate.ContractVocabulary.EventType;
import com.retailstudio.data.generate.ContractVocabulary.LoyaltyTier;
import com.retailstudio.data.generate.ContractVocabulary.MessageKind;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Generates one customer at a time: the profile row, the consent rows and every event of the window, appended to an
 * {@link EventBuffer}. Each customer draws from its own two streams (profile, events) keyed by its number, so the
 * first thousand customers are the same whether one thousand or one million are generated.
 */
final class CustomerSimulator {

    private static final Country[] COUNTRIES = Country.values();
    private static final double[] COUNTRY_CUMULATIVE;
    private static final double[] AGE_CUMULATIVE = RandomDraws.cumulative(
            new double[] {0.12, 0.22, 0.21, 0.19, 0.15, 0.11});
    private static final double[] TIER_CUMULATIVE = RandomDraws.cumulative(new double[] {0.50, 0.28, 0.15, 0.07});
    /** web, email, app, sms, store, paid_media */
    private static final double[] PREFERRED_CHANNEL_CUMULATIVE = RandomDraws.cumulative(
            new double[] {0.30, 0.20, 0.20, 0.05, 0.20, 0.05});
    private static final double[] US_ZONE_CUMULATIVE = RandomDraws.cumulative(new double[] {0.5, 0.3, 0.2});
    /** Browsing by local hour: quiet at night, a lunch bump and an evening peak. */
    private static final double[] BROWSE_HOUR_CUMULATIVE = RandomDraws.cumulative(new double[] {
            0.3, 0.15, 0.1, 0.08, 0.08, 0.15, 0.4, 0.9, 1.3, 1.5, 1.6, 1.7,
            2.0, 1.9, 1.6, 1.5, 1.6, 1.9, 2.3, 2.6, 2.7, 2.2, 1.4, 0.7});
    /** Store visits by local hour, within opening hours 9 to 21. */
    private static final double[] STORE_HOUR_CUMULATIVE = RandomDraws.cumulative(new double[] {
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0.8, 1.2, 1.5, 1.8, 1.7, 1.4, 1.4, 1.6, 2.0, 1.9, 1.2, 0.6, 0, 0, 0});
    /** Day-of-week weights, Monday first. */
    static final double[] BROWSE_WEEKLY = {0.95, 0.92, 0.95, 1.0, 1.05, 1.15, 1.1};
    static final double[] STORE_WEEKLY = {0.8, 0.8, 0.85, 0.95, 1.15, 1.6, 0.7};
    static final double[] SEND_WEEKLY = {1.1, 1.1, 1.1, 1.1, 1.0, 0.8, 0.8};

    /** Median browsing sessions per day; activity is log-normal around it (heavy-tailed). */
    static final double MEDIAN_SESSIONS_PER_DAY = 0.018;
    static final double ACTIVITY_SIGMA = 1.0;

    static {
        double[] shares = new double[COUNTRIES.length];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = COUNTRIES[i].share;
        }
        COUNTRY_CUMULATIVE = RandomDraws.cumulative(shares);
    }

    private final SeedStreams streams;
    private final WindowClock clock;
    private final ProductCatalog catalog;
    private final CampaignResponseModel responses;
    private final double[] browseDays;
    private final double[] storeDays;
    private final double[] sendDays;
    private final int[][] zoneIndexByCountry;

    private final byte[][] timeZoneCsv;
    private static final byte[] CUSTOMER_PREFIX = ContractVocabulary.bytes("C");

    // per-customer scratch state, reused to keep the generator allocation-free per customer
    private int customer;
    private int seq;
    private EventBuffer events;
    private final long[] sendScratch = new long[4096];

    CustomerSimulator(SeedStreams streams, WindowClock clock, ProductCatalog catalog,
                      CampaignResponseModel responses) {
        this.streams = streams;
        this.clock = clock;
        this.catalog = catalog;
        this.responses = responses;
        this.browseDays = clock.dayWeights(BROWSE_WEEKLY);
        this.storeDays = clock.dayWeights(STORE_WEEKLY);
        this.sendDays = clock.dayWeights(SEND_WEEKLY);
        this.zoneIndexByCountry = new int[COUNTRIES.length][];
        int zoneCount = 0;
        for (Country c : COUNTRIES) {
            zoneCount += c.timeZones.length;
        }
        this.timeZoneCsv = new byte[zoneCount][];
        for (Country c : COUNTRIES) {
            zoneIndexByCountry[c.ordinal()] = new int[c.timeZones.length];
            for (int z = 0; z < c.timeZones.length; z++) {
                int index = clock.zoneIndex(ZoneId.of(c.timeZones[z]));
                zoneIndexByCountry[c.ordinal()][z] = index;
                timeZoneCsv[index] = ContractVocabulary.bytes(c.timeZones[z]);
            }
        }
    }

    /**
     * A birth date that puts the customer in {@code age} on the window's last day and makes them at least 16 on the
     * day they joined (the contract's rule), uniform over the days that do both; drawn from its own stream.
     */
    LocalDate birthDate(int index, AgeBand age, LocalDate signup) {
        LocalDate end = clock.date(clock.days() - 1);
        long earliest = end.minusYears(age.oldest + 1L).plusDays(1).toEpochDay();
        long latest = Math.min(end.minusYears(age.youngest).toEpochDay(), signup.minusYears(16).toEpochDay());
        SplittableRandom r = streams.stream(SeedStreams.BIRTH_DATE, index);
        return LocalDate.ofEpochDay(earliest + r.nextLong(latest - earliest + 1));
    }

    /** Generates customer number {@code index} (0-based): writes its profile and consents, buffers its events. */
    void generate(int index, CsvLineWriter customers, CsvLineWriter consents, EventBuffer buffer) {
        this.customer = index;
        this.seq = 0;
        this.events = buffer;
        SplittableRandom profile = streams.stream(SeedStreams.CUSTOMER_PROFILE, index);
        Country country = COUNTRIES[RandomDraws.fromCumulative(profile, COUNTRY_CUMULATIVE)];
        int zoneChoice = country.timeZones.length == 1 ? 0 : RandomDraws.fromCumulative(profile, US_ZONE_CUMULATIVE);
        int zone = zoneIndexByCountry[country.ordinal()][zoneChoice];
        AgeBand age = AgeBand.values()[RandomDraws.fromCumulative(profile, AGE_CUMULATIVE)];
        LoyaltyTier tier = LoyaltyTier.values()[RandomDraws.fromCumulative(profile, TIER_CUMULATIVE)];
        double sensitivity = RandomDraws.round(
                (profile.nextDouble() + profile.nextDouble() + profile.nextDouble()) / 3, 2);
        Channel preferred = Channel.values()[RandomDraws.fromCumulative(profile, PREFERRED_CHANNEL_CUMULATIVE)];
        double activity = MEDIAN_SESSIONS_PER_DAY * RandomDraws.logNormal(profile, 0, ACTIVITY_SIGMA);
        double lifetimeValue = RandomDraws.round(60 * StrictMath.pow(activity / MEDIAN_SESSIONS_PER_DAY, 0.7)
                * (1 + 0.5 * tier.ordinal()) * RandomDraws.logNormal(profile, 0, 0.5), 2);
        int signupDaysBefore = RandomDraws.uniformInt(profile, 1, 1800);
        int favourite = profile.nextInt(ProductCatalog.CATEGORIES.size());
        int secondFavourite = profile.nextInt(ProductCatalog.CATEGORIES.size());

        ConsentPurpose[] purposes = ConsentPurpose.values();
        boolean[] granted = new boolean[purposes.length];
        long[] updatedAt = new long[purposes.length];
        long windowStart = clock.startEpochSecond();
        for (ConsentPurpose p : purposes) {
            granted[p.ordinal()] = RandomDraws.chance(profile, ConsentModel.grantRate(country, p));
            // consent was last updated between signup and the window's start
            long earliest = windowStart - (long) signupDaysBefore * WindowClock.SECONDS_PER_DAY;
            updatedAt[p.ordinal()] = earliest + (long) (profile.nextDouble() * (windowStart - earliest - 1));
        }

        customers.id(CUSTOMER_PREFIX, index + 1L, EventFileWriter.CUSTOMER_DIGITS)
                .date(clock.date(0).minusDays(signupDaysBefore)).ascii(country.csv).ascii(timeZoneCsv[zone])
                .ascii(tier.csv).ascii(age.csv).decimal(sensitivity, 2).ascii(preferred.csv)
                .decimal(lifetimeValue, 2).date(birthDate(index, age, clock.date(0).minusDays(signupDaysBefore)));
        customers.endRow();

        SplittableRandom r = streams.stream(SeedStreams.CUSTOMER_EVENTS, index);
        int days = clock.days();
        int favouriteCategories = favourite << 8 | secondFavourite;
        browsingSessions(r, zone, activity, preferred, tier, favouriteCategories, days);
        storeVisits(r, zone, activity, preferred, favouriteCategories, days);
        for (int c = 0; c < CampaignResponseModel.CHANNELS.length; c++) {
            int purpose = CampaignResponseModel.PURPOSE_OF_CHANNEL[c].ordinal();
            if (granted[purpose]) {
                int unsubscribedAt = campaign(r, c, zone, sensitivity, tier, age, favouriteCategories, days);
                if (unsubscribedAt >= 0) {
                    granted[purpose] = false;
                    updatedAt[purpose] = windowStart + unsubscribedAt;
                }
            }
        }

        for (ConsentPurpose p : purposes) {
            consents.id(CUSTOMER_PREFIX, index + 1L, EventFileWriter.CUSTOMER_DIGITS).ascii(p.csv)
                    .bool(granted[p.ordinal()]).timestamp(updatedAt[p.ordinal()]);
            consents.endRow();
        }
    }

    private void browsingSessions(SplittableRandom r, int zone, double activity, Channel preferred, LoyaltyTier tier,
                                  int favourites, int days) {
        int sessions = RandomDraws.poisson(r, activity * days);
        double appShare = preferred == Channel.APP ? 0.6 : 0.15;
        for (int s = 0; s < sessions; s++) {
            int day = RandomDraws.fromCumulative(r, browseDays);
            int hour = RandomDraws.fromCumulative(r, BROWSE_HOUR_CUMULATIVE);
            int t = clock.toWindowSecond(zone, day, hour * 3600 + r.nextInt(3600));
            Channel channel = RandomDraws.chance(r, appShare) ? Channel.APP : Channel.WEB;
            if (channel == Channel.APP) {
                add(t, EventType.APP_SESSION, channel, null, -1, -1, -1);
                t += 5 + r.nextInt(25);
            }
            int pageViews = 1 + r.nextInt(3);
            for (int i = 0; i < pageViews; i++) {
                add(t, EventType.PAGE_VIEW, channel, null, -1, -1, -1);
                t += 10 + r.nextInt(80);
            }
            int productViews = r.nextInt(4);
            int product = -1;
            for (int i = 0; i < productViews; i++) {
                product = pickProduct(r, favourites);
                add(t, EventType.PRODUCT_VIEW, channel, null, -1, product, -1);
                t += 15 + r.nextInt(105);
            }
            double cartRate = tier.ordinal() >= LoyaltyTier.GOLD.ordinal() ? 0.5 : 0.3;
            if (product >= 0 && RandomDraws.chance(r, cartRate)) {
                add(t, EventType.ADD_TO_CART, channel, null, -1, product, -1);
                if (RandomDraws.chance(r, 0.45)) {
                    t += 30 + r.nextInt(300);
                    add(t, EventType.PURCHASE, channel, null, -1, product, orderValue(r, product));
                } else {
                    t += 900 + r.nextInt(2700);
                    add(t, EventType.CART_ABANDON, channel, null, -1, product, -1);
                }
            }
        }
    }

    private void storeVisits(SplittableRandom r, int zone, double activity, Channel preferred, int favourites,
                             int days) {
        double rate = activity * (preferred == Channel.STORE ? 0.6 : 0.2);
        int visits = RandomDraws.poisson(r, rate * days);
        for (int v = 0; v < visits; v++) {
            int day = RandomDraws.fromCumulative(r, storeDays);
            int hour = RandomDraws.fromCumulative(r, STORE_HOUR_CUMULATIVE);
            int t = clock.toWindowSecond(zone, day, hour * 3600 + r.nextInt(3600));
            add(t, EventType.STORE_VISIT, Channel.STORE, null, -1, -1, -1);
            if (RandomDraws.chance(r, 0.7)) {
                int product = pickProduct(r, favourites);
                add(t + 600 + r.nextInt(1800), EventType.PURCHASE, Channel.STORE, null, -1, product,
                        orderValue(r, product));
            }
        }
    }

    /**
     * The sends of one channel to this customer in time order, with their responses. Returns the window second at
     * which the customer unsubscribed from the channel, or -1.
     */
    private int campaign(SplittableRandom r, int channelIndex, int zone, double sensitivity, LoyaltyTier tier,
                         AgeBand age, int favourites, int days) {
        Channel channel = CampaignResponseModel.CHANNELS[channelIndex];
        int sends = Math.min(sendScratch.length,
                RandomDraws.poisson(r, CampaignResponseModel.SENDS_PER_WEEK[channelIndex] * days / 7.0));
        int hours = CampaignResponseModel.LAST_SEND_HOUR - CampaignResponseModel.FIRST_SEND_HOUR + 1;
        MessageKind[] kinds = MessageKind.values();
        for (int i = 0; i < sends; i++) {
            int day = RandomDraws.fromCumulative(r, sendDays);
            int hour = CampaignResponseModel.FIRST_SEND_HOUR + r.nextInt(hours);
            int t = clock.toWindowSecond(zone, day, hour * 3600 + r.nextInt(3600));
            int kind = r.nextInt(kinds.length);
            // time, then hour and kind packed below it, so sorting orders by time
            sendScratch[i] = (long) t << 16 | hour << 8 | kind;
        }
        Arrays.sort(sendScratch, 0, sends);
        int unsubscribedAt = -1;
        for (int i = 0; i < sends; i++) {
            int t = (int) (sendScratch[i] >> 16);
            int hour = (int) (sendScratch[i] >>> 8 & 0xFF);
            MessageKind kind = kinds[(int) (sendScratch[i] & 0xFF)];
            if (unsubscribedAt >= 0 && t >= unsubscribedAt) {
                break;
            }
            int send = add(t, EventType.MESSAGE_SENT, channel, kind, -2, -1, -1);
            if (send < 0) {
                continue;
            }
            double p = responses.responseProbability(channelIndex, kind, sensitivity, tier, age, hour);
            boolean responded = RandomDraws.chance(r, p);
            switch (channel) {
                case EMAIL -> {
                    if (responded) {
                        int open = t + 120 + (int) Math.min(6 * 3600, RandomDraws.logNormal(r, 7.5, 1.0));
                        add(open, EventType.EMAIL_OPEN, channel, kind, send, -1, -1);
                        if (RandomDraws.chance(r, CampaignResponseModel.EMAIL_CLICK_GIVEN_OPEN)) {
                            int product = pickProduct(r, favourites);
                            int click = open + 30 + r.nextInt(600);
                            add(click, EventType.EMAIL_CLICK, channel, kind, send, product, -1);
                            if (RandomDraws.chance(r, CampaignResponseModel.PURCHASE_GIVEN_EMAIL_CLICK)) {
                                add(click + 300 + r.nextInt(3300), EventType.PURCHASE, channel, kind, send,
                                        product, orderValue(r, product));
                            }
                        }
                    }
                    if (RandomDraws.chance(r, CampaignResponseModel.EMAIL_UNSUBSCRIBE_PER_SEND)) {
                        unsubscribedAt = unsubscribe(r, t, channel);
                    }
                }
                case APP -> {
                    if (responded) {
                        int open = t + 60 + (int) Math.min(3 * 3600, RandomDraws.logNormal(r, 6.5, 1.0));
                        add(open, EventType.PUSH_OPEN, channel, kind, send, -1, -1);
                        if (RandomDraws.chance(r, CampaignResponseModel.PURCHASE_GIVEN_PUSH_OPEN)) {
                            int product = pickProduct(r, favourites);
                            add(open + 120 + r.nextInt(1800), EventType.PURCHASE, channel, kind, send, product,
                                    orderValue(r, product));
                        }
                    }
                }
                case SMS -> {
                    if (responded) {
                        attributedPurchase(r, t, channel, kind, send, favourites);
                    }
                    if (RandomDraws.chance(r, CampaignResponseModel.SMS_UNSUBSCRIBE_PER_SEND)) {
                        unsubscribedAt = unsubscribe(r, t, channel);
                    }
                }
                default -> {
                    if (responded) {
                        attributedPurchase(r, t, channel, kind, send, favourites);
                    }
                }
            }
        }
        return unsubscribedAt;
    }

    private void attributedPurchase(SplittableRandom r, int sentAt, Channel channel, MessageKind kind, int send,
                                    int favourites) {
        int product = pickProduct(r, favourites);
        int t = sentAt + 600 + (int) Math.min(36 * 3600, RandomDraws.logNormal(r, 9.0, 1.0));
        add(t, EventType.PURCHASE, channel, kind, send, product, orderValue(r, product));
    }

    /** Returns the window second of the unsubscribe, or -1 when it would fall after the window. */
    private int unsubscribe(SplittableRandom r, int sentAt, Channel channel) {
        int t = sentAt + 300 + r.nextInt(2 * WindowClock.SECONDS_PER_DAY);
        return add(t, EventType.UNSUBSCRIBE, channel, null, -1, -1, -1) >= 0 ? t : -1;
    }

    private int pickProduct(SplittableRandom r, int favourites) {
        double u = r.nextDouble();
        int category = u < 0.5 ? favourites >>> 8 : u < 0.75 ? favourites & 0xFF
                : r.nextInt(ProductCatalog.CATEGORIES.size());
        int[] inCategory = catalog.productsInCategory(category);
        return inCategory[r.nextInt(inCategory.length)];
    }

    private int orderValue(SplittableRandom r, int product) {
        long cents = Math.round(catalog.product(product).fullPrice() * 100) * (1 + (r.nextInt(4) == 0 ? 1 : 0));
        int extraItems = r.nextInt(3);
        for (int i = 0; i < extraItems; i++) {
            cents += Math.round(catalog.product(r.nextInt(catalog.size())).fullPrice() * 100);
        }
        return (int) Math.min(Integer.MAX_VALUE, cents);
    }

    /**
     * Buffers one event if it falls inside the window and returns its sequence number, else -1. A send passes
     * refSeq -2 so its message_id is its own id; responses pass the send's sequence; -1 leaves message_id empty.
     */
    private int add(int t, EventType type, Channel channel, MessageKind kind, int refSeq, int product, int cents) {
        if (t < 0 || t >= clock.windowSeconds() || refSeq == -1 && kind != null) {
            return -1;
        }
        int s = seq++;
        events.add(t, customer, s, EventBuffer.meta(type.ordinal(), channel == null ? -1 : channel.ordinal(),
                kind == null ? -1 : kind.ordinal()), refSeq == -2 ? s : refSeq, product, cents);
        return s;
    }
}
