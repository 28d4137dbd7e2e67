package com.retailstudio.simulator.engine;

/**
 * The dates of the customer profile the engine can wait for, by their field name in the catalogue. The data contract
 * has one today ({@code customers.csv}'s {@code signup_date}); a birthday would need a {@code birth_date} column.
 */
final class ProfileDates {
    static final String SIGNUP_DATE = "signup_date";

    private ProfileDates() {
    }

    /** The customer's date as an epoch day (the only field is {@link #SIGNUP_DATE}). */
    static long day(CustomerData data, int customer) {
        return data.signupDay(customer);
    }
}
