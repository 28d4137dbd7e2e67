package com.retailstudio.app.segments;

import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.library.AudienceCounts;
import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.simulator.engine.AudienceCounter;
import com.retailstudio.simulator.engine.AudienceData;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Counts audiences on the active data set with the simulator's evaluation ({@link AudienceCounter}): the data set's
 * folder is loaded once, on the first count, into compact columns ({@link AudienceData}) and kept until another data
 * set becomes the active one. Counts run one at a time, off the JavaFX thread.
 */
public final class DataSetAudience implements AudienceCounts {

    private final Supplier<Optional<Path>> activeFolder;
    private Path loadedFolder;
    private AudienceData loaded;

    /** @param activeFolder the active data set's folder, asked on every count; empty when there is none */
    public DataSetAudience(Supplier<Optional<Path>> activeFolder) {
        this.activeFolder = activeFolder;
    }

    @Override
    public synchronized AudienceBreakdown count(Condition.Group conditions) {
        Path folder = activeFolder.get().orElseThrow(() -> new IllegalStateException(
                "There is no active data set to count the audience on."));
        if (!folder.equals(loadedFolder)) {
            loaded = null;
            loaded = AudienceData.of(DataSetLoader.load(folder));
            loadedFolder = folder;
        }
        return AudienceCounter.count(loaded, conditions);
    }
}
