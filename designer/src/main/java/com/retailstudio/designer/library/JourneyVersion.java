package com.retailstudio.designer.library;

import com.retailstudio.designer.model.Journey;
import java.time.Instant;
import java.util.Objects;

/**
 * One frozen version of a journey, as the Versions view lists it.
 *
 * @param number      1 for the first version, one more for each after it
 * @param author      who saved it
 * @param savedAt     when it was saved
 * @param reviewState where its review stands, in words: "saved" (never submitted), "in review", "approved",
 *                    "changes requested", "exported", "archived"
 * @param journey     the journey as it was frozen
 */
public record JourneyVersion(int number, String author, Instant savedAt, String reviewState, Journey journey) {
    public JourneyVersion {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(reviewState, "reviewState");
        Objects.requireNonNull(journey, "journey");
    }
}
