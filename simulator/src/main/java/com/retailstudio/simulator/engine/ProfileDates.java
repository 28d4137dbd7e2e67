package com.retailstudio.simulator.engine;

import java.util.List;

/**
 * The dates of the customer profile the engine can wait for and compare, by their field name in the catalogue:
 * {@code customers.csv}'s {@code signup_date} (a membership anniversary) and its optional {@code birth_date}.
 */
final class ProfileDates {
    static final String SIGNUP_DATE = "signup_date";
    static final String BIRTH_DATE = "birth_date";
    static final List<String> FIELDS = List.of(SIGNUP_DATE, BIRTH_DATE);

    private ProfileDates() {
    }

    static boolean isDate(String field) {
        return FIELDS.contains(field);
    }

    /** Which date {@code field} names, as a small number for {@link #day}; -1 when it names none. */
    static int of(String field) {
        return FIELDS.indexOf(field);
    }

    /** The customer's date number {@code date} as an epoch day, or {@link ProfileColumns#NO_DATE} when it is empty. */
    static long day(CustomerData data, int customer, int date) {
        return date == 0 ? data.signupDay(customer) : data.birthDay(customer);
    }
}
