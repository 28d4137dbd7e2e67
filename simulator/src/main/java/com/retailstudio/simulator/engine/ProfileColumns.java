package com.retailstudio.simulator.engine;

import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.LoyaltyTier;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * The profile columns of customers.csv that the engine reads as numbers, one entry per customer: the one shape that
 * {@link CustomerData} holds and that a Spark slice ships (hence serializable), so a profile column is added in one
 * place. Ids, countries and time zones are text and stay with their holders, which share them differently.
 */
public final class ProfileColumns implements Serializable {
    /** The epoch day of a date the customer's row leaves empty (an optional {@code birth_date}). */
    public static final int NO_DATE = Integer.MIN_VALUE;

    private static final long serialVersionUID = 1L;
    private static final LoyaltyTier[] TIERS = LoyaltyTier.values();
    private static final AgeBand[] AGES = AgeBand.values();
    private static final Channel[] CHANNELS = Channel.values();

    private int size;
    private byte[] tier;
    private byte[] ageBand;
    private byte[] preferredChannel;
    private double[] priceSensitivity;
    private double[] lifetimeValue;
    private int[] signupDay;
    private int[] birthDay;

    /** Empty, with room for {@code capacity} customers before it grows. */
    public ProfileColumns(int capacity) {
        int room = Math.max(1, capacity);
        tier = new byte[room];
        ageBand = new byte[room];
        preferredChannel = new byte[room];
        priceSensitivity = new double[room];
        lifetimeValue = new double[room];
        signupDay = new int[room];
        birthDay = new int[room];
    }

    /** Appends the customer's profile; returns its position. */
    public int add(Customer c) {
        if (size == tier.length) {
            grow(size * 2);
        }
        tier[size] = (byte) c.loyaltyTier().ordinal();
        ageBand[size] = (byte) c.ageBand().ordinal();
        preferredChannel[size] = (byte) c.preferredChannel().ordinal();
        priceSensitivity[size] = c.priceSensitivity();
        lifetimeValue[size] = c.lifetimeValue();
        signupDay[size] = (int) c.signupDate().toEpochDay();
        birthDay[size] = c.birthDate().map(day -> (int) day.toEpochDay()).orElse(NO_DATE);
        return size++;
    }

    /** The same columns without spare room, for shipping. */
    public ProfileColumns trimmed() {
        ProfileColumns copy = new ProfileColumns(0);
        copy.size = size;
        copy.tier = tier;
        copy.ageBand = ageBand;
        copy.preferredChannel = preferredChannel;
        copy.priceSensitivity = priceSensitivity;
        copy.lifetimeValue = lifetimeValue;
        copy.signupDay = signupDay;
        copy.birthDay = birthDay;
        copy.grow(size);
        return copy;
    }

    private void grow(int capacity) {
        tier = Arrays.copyOf(tier, capacity);
        ageBand = Arrays.copyOf(ageBand, capacity);
        preferredChannel = Arrays.copyOf(preferredChannel, capacity);
        priceSensitivity = Arrays.copyOf(priceSensitivity, capacity);
        lifetimeValue = Arrays.copyOf(lifetimeValue, capacity);
        signupDay = Arrays.copyOf(signupDay, capacity);
        birthDay = Arrays.copyOf(birthDay, capacity);
    }

    /** The customer record of position {@code i} again, with the text columns its holder keeps. */
    public Customer customer(int i, String id, String country, ZoneId zone) {
        return new Customer(id, LocalDate.ofEpochDay(signupDay[i]), country, zone, TIERS[tier[i]], AGES[ageBand[i]],
                priceSensitivity[i], CHANNELS[preferredChannel[i]], lifetimeValue[i],
                birthDay[i] == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(birthDay[i])));
    }

    public int size() {
        return size;
    }

    public int tier(int i) {
        return tier[i];
    }

    public int ageBand(int i) {
        return ageBand[i];
    }

    public int preferredChannel(int i) {
        return preferredChannel[i];
    }

    public double priceSensitivity(int i) {
        return priceSensitivity[i];
    }

    public double lifetimeValue(int i) {
        return lifetimeValue[i];
    }

    public int signupDay(int i) {
        return signupDay[i];
    }

    /** The birth date's epoch day, or {@link #NO_DATE} when the customer's row has none. */
    public int birthDay(int i) {
        return birthDay[i];
    }
}
