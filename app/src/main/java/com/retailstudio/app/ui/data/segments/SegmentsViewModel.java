package com.retailstudio.app.ui.data.segments;

import com.retailstudio.designer.library.SegmentInUseException;
import com.retailstudio.designer.library.SegmentLibrary;
import com.retailstudio.designer.library.SegmentVersion;
import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Segment;
import com.retailstudio.designer.ui.properties.ConditionGroupModel;
import com.retailstudio.designer.ui.properties.FieldChoices;
import com.retailstudio.designer.ui.properties.LiveAudience;
import com.retailstudio.ui.feedback.Feedback;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Segments editor's state: the workspace's saved segments, the one being edited (name, description and its
 * conditions in the journeys' condition editor, over the same field catalogue), its size and breakdown on the active
 * data set kept up to date as it is edited ({@link LiveAudience}), saving it as its next version, its older versions
 * (opened to read or to restore, compared two at a time: {@link SegmentVersionsModel}) and deleting it, which the
 * library refuses while a journey uses it.
 */
public final class SegmentsViewModel {

    private static final DateTimeFormatter SAVED_AT =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final SegmentLibrary library;
    private final LiveAudience live;
    /** Profile, consent and behaviour fields: a segment has no triggering event and no journey history. */
    private final FieldChoices choices = FieldChoices.of(FieldCatalogue.standard(), null, false);

    private final ObservableList<SegmentVersion> segments = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ReadOnlyObjectWrapper<ConditionGroupModel> conditions = new ReadOnlyObjectWrapper<>(this,
            "conditions");
    private final ReadOnlyObjectWrapper<SegmentVersion> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(this, "version", "");
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>(this, "feedback",
            Feedback.none());
    private final SegmentVersionsModel versions = new SegmentVersionsModel();
    /** The segment's newest version when it was opened: a save or delete over a newer one is refused. */
    private int basedOn;

    public SegmentsViewModel(SegmentLibrary library, LiveAudience live) {
        this.library = library;
        this.live = live;
        newSegment();
    }

    /** Reads the saved segments again. */
    public void refresh() {
        segments.setAll(library.list());
    }

    /** Starts a segment that is not saved yet: everyone, until conditions are added. */
    public void newSegment() {
        show(null, new Segment("segment", "", "", Condition.Group.always()));
        feedback.set(Feedback.none());
    }

    /**
     * Edits a saved version, the newest or an older one; saving it makes the segment's next version, so an older
     * version saved again is restored.
     */
    public void open(SegmentVersion saved) {
        show(saved, saved.segment());
        feedback.set(basedOn > saved.number() ? Feedback.info("This is version " + saved.number() + " of "
                + basedOn + ". Saving it makes version " + (basedOn + 1) + " with these conditions.")
                : Feedback.none());
    }

    private void show(SegmentVersion saved, Segment segment) {
        List<SegmentVersion> history = saved == null ? List.of() : library.history(segment.id());
        basedOn = saved == null ? 0 : history.stream().mapToInt(SegmentVersion::number).max().orElse(saved.number());
        opened.set(saved);
        versions.show(history, saved);
        name.set(segment.name());
        description.set(segment.description());
        conditions.set(ConditionGroupModel.of(choices, segment.conditions()));
        version.set(saved == null ? "Not saved yet"
                : "Version " + saved.number() + (basedOn > saved.number() ? " of " + basedOn : "") + " by "
                        + saved.author() + ", " + SAVED_AT.format(saved.savedAt()));
        conditionsChanged();
    }

    /** Counts the conditions again (after each edit); conditions still incomplete keep the last figures. */
    public void conditionsChanged() {
        conditions.get().read().ifPresent(live::request);
    }

    /** Saves what is edited as the segment's next version; says why when it cannot. */
    public Optional<SegmentVersion> save() {
        String named = name.get() == null ? "" : name.get().strip();
        if (named.isEmpty()) {
            feedback.set(Feedback.danger("Give the segment a name."));
            return Optional.empty();
        }
        Optional<Condition.Group> read = conditions.get().read();
        if (read.isEmpty()) {
            feedback.set(Feedback.danger("Finish or remove the conditions marked in the editor."));
            return Optional.empty();
        }
        SegmentVersion base = opened.get();
        String id = base != null ? base.segment().id() : freeId(Segment.idFor(named));
        try {
            SegmentVersion saved = library.save(new Segment(id, named, description.get() == null ? ""
                    : description.get().strip(), read.get()), basedOn);
            refresh();
            show(saved, saved.segment());
            feedback.set(Feedback.success("Saved “" + named + "” as version " + saved.number() + "."));
            return Optional.of(saved);
        } catch (RuntimeException e) {
            feedback.set(Feedback.danger(Optional.ofNullable(e.getMessage()).orElse(e.toString())));
            return Optional.empty();
        }
    }

    /**
     * Deletes the segment opened (it leaves the list; its versions stay for the audit); says why when it cannot, e.g.
     * the journeys that use it.
     *
     * @return whether it was deleted
     */
    public boolean delete() {
        SegmentVersion base = opened.get();
        if (base == null) {
            feedback.set(Feedback.warning("This segment is not saved: there is nothing to delete."));
            return false;
        }
        String named = base.segment().name();
        try {
            library.delete(base.segment().id(), basedOn);
        } catch (SegmentInUseException e) {
            feedback.set(Feedback.danger(e.getMessage()));
            return false;
        } catch (RuntimeException e) {
            feedback.set(Feedback.danger(Optional.ofNullable(e.getMessage()).orElse(e.toString())));
            return false;
        }
        refresh();
        newSegment();
        feedback.set(Feedback.success("Deleted “" + named + "”."));
        return true;
    }

    /** The id a new segment gets: the name's, with -2, -3, ... when a segment has or had it (in any case). */
    private String freeId(String wanted) {
        Set<String> taken = library.takenIds().stream().map(id -> id.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String id = wanted;
        for (int n = 2; taken.contains(id.toLowerCase(Locale.ROOT)); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    public ObservableList<SegmentVersion> segments() {
        return segments;
    }

    /** The opened segment's versions and the comparison of two of them. */
    public SegmentVersionsModel versions() {
        return versions;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The conditions being edited; replaced when another segment is opened. */
    public ReadOnlyObjectProperty<ConditionGroupModel> conditionsProperty() {
        return conditions.getReadOnlyProperty();
    }

    /** The saved version being edited; null for a segment not saved yet. */
    public ReadOnlyObjectProperty<SegmentVersion> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** "Version 2 by ana, 7 Dec 2026 18:40", or "Not saved yet". */
    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** The size and breakdown of what is edited, on the active data set. */
    public ReadOnlyObjectProperty<AudienceBreakdown> breakdownProperty() {
        return live.breakdownProperty();
    }

    /** Why the size cannot be counted (no data set, a condition the data cannot answer); empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return live.problemProperty();
    }

    public LiveAudience live() {
        return live;
    }
}
