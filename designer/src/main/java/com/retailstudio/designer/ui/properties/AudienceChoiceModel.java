package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Segment;
import com.retailstudio.designer.model.SegmentReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where a journey's audience comes from — conditions written in the journey, or a saved segment's version, whose
 * conditions the journey then carries ({@link Journey#audienceSegment}) — and the estimated audience of the entry on
 * the active data set, recounted after every change.
 */
public final class AudienceChoiceModel {

    /** The two sources of a journey's audience. */
    public enum Source {
        WRITTEN("Conditions written here"), SEGMENT("A saved segment");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final JourneyAudiences audiences;
    private final LiveAudience estimate;
    private final InvalidationListener recountOnNewData = changed -> recount();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.WRITTEN);
    private final ObservableList<SegmentVersion> segments = FXCollections.observableArrayList();
    private final ObjectProperty<SegmentVersion> segment = new SimpleObjectProperty<>(this, "segment");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper entryWords = new ReadOnlyStringWrapper(this, "entryWords", "");

    AudienceChoiceModel(JourneyAudiences audiences) {
        this.audiences = audiences;
        this.estimate = new LiveAudience(audiences.tasks(), audiences.counts());
        // weakly: the active data set outlives every inspector that shows an estimate of it
        audiences.dataSetChanges().addListener(new WeakInvalidationListener(recountOnNewData));
    }

    /** Shows where the journey's audience comes from; a version the library no longer has is offered as it is. */
    void show(Journey journey) {
        List<SegmentVersion> offered = new ArrayList<>(audiences.segments().list());
        SegmentVersion chosen = null;
        if (journey.audienceSegment().isPresent()) {
            SegmentReference ref = journey.audienceSegment().get();
            chosen = audiences.segments().version(ref.id(), ref.version()).orElse(new SegmentVersion(
                    new Segment(ref.id(), ref.name(), "", journey.audience()), ref.version(), "", Instant.EPOCH));
            SegmentVersion pinned = chosen;
            offered.removeIf(v -> v.segment().id().equals(pinned.segment().id()) && v.number() == pinned.number());
            offered.add(0, chosen);
        }
        segments.setAll(offered);
        segment.set(chosen);
        source.set(chosen == null ? Source.WRITTEN : Source.SEGMENT);
        problem.set("");
        estimate(journey);
    }

    /** The audience's conditions and the segment they came from, or empty when the chosen source does not read. */
    Optional<Choice> read(ConditionGroupModel written) {
        if (source.get() == Source.WRITTEN) {
            problem.set("");
            return written.read().map(conditions -> new Choice(conditions, Optional.empty()));
        }
        SegmentVersion chosen = segment.get();
        if (chosen == null) {
            problem.set(segments.isEmpty() ? "There is no saved segment yet: save one in Data → Explore → Segments."
                    : "Choose the segment whose customers may enter.");
            return Optional.empty();
        }
        problem.set("");
        return Optional.of(new Choice(chosen.segment().conditions(), Optional.of(chosen.reference())));
    }

    /** Counts the journey's entry on the active data set: its audience and, for an audience entry, who joins. */
    void estimate(Journey journey) {
        if (!audiences.estimates()) {
            return;
        }
        Condition.Group conditions = journey.audience();
        if (journey.entry() instanceof EntryTrigger.AudienceTrigger joins) {
            conditions = Condition.Group.all(journey.audience(), joins.conditions());
            entryWords.set("match the audience and the entry's conditions now");
        } else if (journey.entry() instanceof EntryTrigger.EventTrigger event) {
            entryWords.set("match the audience now; each enters on " + event.event());
        } else {
            entryWords.set("match the audience now");
        }
        estimate.request(conditions);
    }

    /** Counts the estimate again, on the data set active now. */
    void recount() {
        if (audiences.estimates()) {
            estimate.recount();
        }
    }

    /** The newer version of the chosen segment, when the journey carries an older one. */
    public Optional<SegmentVersion> newerVersion() {
        SegmentVersion chosen = segment.get();
        if (chosen == null || source.get() != Source.SEGMENT) {
            return Optional.empty();
        }
        return audiences.segments().latest(chosen.segment().id()).filter(v -> v.number() > chosen.number());
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** The saved segments to choose from (newest versions, and the version the journey carries). */
    public ObservableList<SegmentVersion> segments() {
        return segments;
    }

    public ObjectProperty<SegmentVersion> segmentProperty() {
        return segment;
    }

    /** Why the chosen source does not read; empty when it does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether an estimate is made at all (there is a data set to count on). */
    public boolean estimates() {
        return audiences.estimates();
    }

    /** "Estimated audience: 1,234 of 3,000 customers (41.1 %) match the audience now", or why there is none. */
    public StringBinding estimateText() {
        return Bindings.createStringBinding(() -> {
            if (!estimate.problemProperty().get().isEmpty()) {
                return "No estimate: " + estimate.problemProperty().get();
            }
            AudienceBreakdown b = estimate.breakdownProperty().get();
            if (b == null) {
                return "Estimating the audience on the active data set…";
            }
            return String.format(Locale.ROOT, "Estimated audience on the active data set: %,d of %,d customers "
                    + "(%.1f %%) %s.", b.size(), b.customers(), 100 * b.share(), entryWords.get());
        }, estimate.problemProperty(), estimate.breakdownProperty(), entryWords);
    }

    /** The count behind the estimate. */
    public LiveAudience estimate() {
        return estimate;
    }

    /** An audience read: its conditions, and the segment version they are when taken from one. */
    record Choice(Condition.Group conditions, Optional<SegmentReference> segment) {
    }
}
