package com.retailstudio.designer.ui;

import com.retailstudio.designer.library.JourneyVersion;
import java.util.List;

/**
 * A line of the Versions view: a frozen version and what changed in it against the version before it, in plain
 * language (empty for the first version).
 */
public record VersionRow(JourneyVersion version, List<String> changes, boolean first) {
    public VersionRow {
        changes = List.copyOf(changes);
    }

    public int number() {
        return version.number();
    }
}
