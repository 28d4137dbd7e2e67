package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The fields a condition in one place of a journey may use, in the catalogue's groups: profile, consent, behaviour,
 * the triggering event (only in the entry trigger's filter) and the journey's own message history.
 */
public record FieldChoices(List<Field> fields) {
    public FieldChoices {
        fields = List.copyOf(fields);
    }

    /** The fields for conditions in {@code journey}; {@code triggerEvent} adds the {@code event.*} fields. */
    public static FieldChoices of(FieldCatalogue catalogue, Journey journey, boolean triggerEvent) {
        List<Field> out = new ArrayList<>();
        for (Field field : catalogue.fields()) {
            if (field.group() != Field.Group.TRIGGER_EVENT || triggerEvent) {
                out.add(field);
            }
        }
        if (journey != null) {
            for (JourneyNode node : journey.nodes()) {
                if (node instanceof JourneyNode.Action || node instanceof JourneyNode.NextBestAction) {
                    for (String fact : FieldCatalogue.HISTORY_FACTS) {
                        catalogue.lookup("journey." + node.id() + "." + fact).ifPresent(out::add);
                    }
                }
            }
        }
        // Stable within a group: the catalogue's own order (the data contract's column order).
        List<Field> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(f -> f.group().ordinal()));
        return new FieldChoices(sorted);
    }

    public Optional<Field> find(String path) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public List<Field> inGroup(Field.Group group) {
        return fields.stream().filter(f -> f.group() == group).toList();
    }
}
