package com.retailstudio.designer.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the Journeys section asks the user for a journey file to import or a place to export one; the application
 * passes its own dialogs, tests stand in for the user.
 */
public interface JourneyFileDialogs {

    /** No dialogs: the section offers no import or export (rendered previews, benchmarks). */
    JourneyFileDialogs NONE = new JourneyFileDialogs() {
        @Override
        public Optional<Path> chooseFileToImport() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToExport(String suggestedName) {
            return Optional.empty();
        }
    };

    /** A journey file (JSON) to import; empty when the user cancels. */
    Optional<Path> chooseFileToImport();

    /** Where to export the journey file, suggesting {@code suggestedName}; empty when the user cancels. */
    Optional<Path> chooseFileToExport(String suggestedName);
}
