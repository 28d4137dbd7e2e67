package com.retailstudio.app.approval;

import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyStructureDiff;
import java.util.Objects;
import java.util.Optional;

/**
 * The two journey versions a reviewer compares side by side, and which steps and connections differ between them.
 *
 * @param compared          the version compared with (the last approved one, else the previous one); empty for a
 *                          journey's first version
 * @param comparedLabel     how the compared version is named, e.g. "v1 (approved)"; empty without one
 * @param underReview       the version waiting for a decision
 * @param underReviewNumber its version number
 * @param marks             what differs; for a first version every step and connection is added
 */
public record JourneyVersions(Optional<Journey> compared, Optional<String> comparedLabel, Journey underReview,
                              int underReviewNumber, JourneyStructureDiff marks) {

    public JourneyVersions {
        Objects.requireNonNull(compared, "compared");
        Objects.requireNonNull(comparedLabel, "comparedLabel");
        Objects.requireNonNull(underReview, "underReview");
        Objects.requireNonNull(marks, "marks");
    }
}
