package com.retailstudio.simulator.ui;

import com.retailstudio.designer.io.JourneyTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journeys the Simulation section offers: the templates, then the workspace's saved versions; the chosen one
 * (A) and the one compared with it (B), kept where they remain when the list is read again.
 */
final class JourneyChoices {

    private final Supplier<List<JourneyChoice>> savedJourneys;
    private final ObservableList<JourneyChoice> journeys = FXCollections.observableArrayList();
    private final ObjectProperty<JourneyChoice> journey = new SimpleObjectProperty<>(this, "journey");
    private final ObjectProperty<JourneyChoice> compareWith = new SimpleObjectProperty<>(this, "compareWith");

    /** @param savedJourneys the journey versions saved in the workspace, asked again on {@link #refresh()} */
    JourneyChoices(Supplier<List<JourneyChoice>> savedJourneys) {
        this.savedJourneys = savedJourneys;
        refresh();
    }

    /** Lists the templates and the workspace's saved versions again, keeping the chosen ones where they remain. */
    void refresh() {
        List<JourneyChoice> all = new ArrayList<>();
        JourneyTemplates.NAMES.forEach(name -> JourneyTemplates.load(name).map(JourneyChoice::template)
                .ifPresent(all::add));
        all.addAll(savedJourneys.get());
        JourneyChoice chosen = journey.get();
        JourneyChoice other = compareWith.get();
        journeys.setAll(all);
        journey.set(sameIn(all, chosen).orElse(all.isEmpty() ? null : all.get(0)));
        compareWith.set(sameIn(all, other).orElse(all.size() > 1 ? all.get(1) : null));
    }

    /** The choice in the list read again that is the same version, with its review state as it is now. */
    private static Optional<JourneyChoice> sameIn(List<JourneyChoice> all, JourneyChoice chosen) {
        return chosen == null ? Optional.empty() : all.stream().filter(choice -> choice.label()
                .equals(chosen.label()) && Objects.equals(choice.journey(), chosen.journey())).findFirst();
    }

    ObservableList<JourneyChoice> journeys() {
        return journeys;
    }

    ObjectProperty<JourneyChoice> journeyProperty() {
        return journey;
    }

    ObjectProperty<JourneyChoice> compareWithProperty() {
        return compareWith;
    }
}
