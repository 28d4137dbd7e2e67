package com.retailstudio.designer.library;

import com.retailstudio.designer.model.Journey;
import java.util.List;
import java.util.Optional;

/**
 * Where the journeys a marketer works on live: a working draft per journey, written in place on every edit so that
 * closing the window or a crash loses nothing, and versions frozen when the marketer saves one or submits it for
 * review. The application implements it over the workspace.
 */
public interface JourneyLibrary {

    /** Every journey with a draft, the most recently changed first. */
    List<LibraryEntry> list();

    /** The journey's working draft. */
    Optional<Journey> draft(String id);

    /** Writes the journey as its working draft, replacing the previous one. */
    void saveDraft(Journey journey);

    /** Removes the working draft; saved versions stay. */
    void deleteDraft(String id);

    /** The journey's frozen versions, the newest first; none when it has never been versioned. */
    List<JourneyVersion> versions(String id);

    /** Freezes the journey as its next version and returns the version number. */
    int saveVersion(Journey journey);

    /**
     * Freezes the journey as its next version and submits it for review; returns the version number.
     *
     * @throws SubmissionRefusedException with the reason, e.g. a lint error, when it cannot be submitted
     */
    int submitForReview(Journey journey);
}
