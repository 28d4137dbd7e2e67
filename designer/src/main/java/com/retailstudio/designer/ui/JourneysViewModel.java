package com.retailstudio.designer.ui;

import com.retailstudio.designer.library.JourneyLibrary;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.ui.portfolio.PortfolioContext;
import com.retailstudio.ui.feedback.Feedback;
import java.time.Clock;
import java.time.Duration;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Journeys section's state, in parts that share one library and one message line: the {@link #library()} of
 * journeys, journey {@link #files()}, the {@link #editor()} of the open journey, and its {@link #versions()}. The
 * parts hear each other through the editor's events, wired here. No nodes: testable without a stage.
 */
public final class JourneysViewModel {

    private final JourneyMessages messages = new JourneyMessages();
    private final JourneyEditorModel editor;
    private final JourneyLibraryModel library;
    private final JourneyFilesModel files;
    private final JourneyVersionsModel versions;
    private final ObjectProperty<PortfolioContext> portfolio = new SimpleObjectProperty<>(this, "portfolio");

    public JourneysViewModel(JourneyLibrary library) {
        this(library, Clock.systemUTC(), Duration.ofSeconds(30));
    }

    /**
     * @param clock      what "5 min ago" in the library is measured from
     * @param ageRefresh how often those ages are read again while the library is shown
     */
    public JourneysViewModel(JourneyLibrary library, Clock clock, Duration ageRefresh) {
        editor = new JourneyEditorModel(library, messages);
        this.library = new JourneyLibraryModel(library, editor, messages, clock, ageRefresh);
        files = new JourneyFilesModel(this.library, editor, messages);
        versions = new JourneyVersionsModel(library, this.library, editor, messages);
        editor.listen(new JourneyEditorModel.Events() {
            @Override
            public void opened() {
                versions.opened();
            }

            @Override
            public void shown(Journey current) {
                versions.shown(current);
            }

            @Override
            public void saved(Journey current) {
                JourneysViewModel.this.library.edited(current);
            }
        });
        this.library.refresh();
        this.library.openFirst();
    }

    /** The journeys in the library, their search, and the commands that make, copy, delete and open drafts. */
    public JourneyLibraryModel library() {
        return library;
    }

    /** Import and export of journey files. */
    public JourneyFilesModel files() {
        return files;
    }

    /** The journey open in the editor, its selection, findings, undo history and editing commands. */
    public JourneyEditorModel editor() {
        return editor;
    }

    /** The open journey's versions: save, submit, view, compare, restore. */
    public JourneyVersionsModel versions() {
        return versions;
    }

    /** Lets the section open the workspace's portfolio rules (the application's; none in previews). */
    public void usePortfolio(PortfolioContext context) {
        portfolio.set(context);
    }

    /** What the Portfolio rules editor works with; null while the section has none. */
    public ReadOnlyObjectProperty<PortfolioContext> portfolioProperty() {
        return portfolio;
    }

    /**
     * The outcome of the last command: what it did ("Saved version 2.", success) or why it was refused (danger);
     * {@link Feedback#none()} when there is nothing to say.
     */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return messages.feedbackProperty();
    }

    /**
     * Reads what the library holds again when the workspace changed (a review decided in the Approvals section or by
     * someone else): each journey's status and the open journey's versions. Lists that read the same are left alone,
     * so a change elsewhere does not disturb what is selected here.
     */
    public void refreshFromLibrary() {
        library.refreshIfChanged();
        versions.refreshFromLibrary();
    }
}
