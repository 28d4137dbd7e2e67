package com.retailstudio.app.segments;

import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.library.AudienceCounts;
import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.simulator.engine.AudienceCounter;
import com.retailstudio.simulator.engine.AudienceData;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Counts audiences on the active data set with the simulator's evaluation ({@link AudienceCounter}): the data set's
 * folder is loaded once, on the first count, into compact columns ({@link AudienceData}) and kept until another data
 * set becomes the active one. Counts run one at a time, off the JavaFX thread.
 */
public final class DataSetAudience implements AudienceCounts {

    private final Supplier<Optional<Path>> activeFolder;
    private final Function<Path, AudienceData> read;
    private Path loadedFolder;
    private AudienceData loaded;

    /** @param activeFolder the active data set's folder, asked on every count; empty when there is none */
    public DataSetAudience(Supplier<Optional<Path>> activeFolder) {
        this(activeFolder, folder -> AudienceData.of(DataSetLoader.load(folder)));
    }

    /** As above, reading a folder with {@code read} (the application reads the imported copy where there is one). */
    public DataSetAudience(Supplier<Optional<Path>> activeFolder, Function<Path, AudienceData> read) {
        this.activeFolder = activeFolder;
        this.read = read;
    }

    @Override
    public synchronized AudienceBreakdown count(Condition.Group conditions) {
        Path folder = activeFolder.get().orElseThrow(() -> new IllegalStateException(
                "There is no active data set to count the audience on."));
        if (!folder.equals(loadedFolder)) {
            loaded = null;
            loaded = read.apply(folder);
            loadedFolder = folder;
        }
        return AudienceCounter.count(loaded, conditions);
    }
}
