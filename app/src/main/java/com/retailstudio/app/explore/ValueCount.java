package com.retailstudio.app.explore;

/** How many rows hold a value, or fall in a histogram bin named by {@code label}. */
public record ValueCount(String label, long count) {
}
