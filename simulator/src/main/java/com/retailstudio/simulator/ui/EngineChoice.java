package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.cli.SparkRunProcess;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Which engine the Simulation section runs a journey on: the desktop engine in this process, or Apache Spark through
 * the Spark runner's own process ({@link SparkRunProcess}) against a master — {@code local[2]} on this machine, or a
 * cluster's {@code spark://HOST:7077}.
 */
public final class EngineChoice {

    /** The master a first Spark run uses: two cores of this machine. */
    public static final String DEFAULT_MASTER = "local[2]";

    public enum Engine { DESKTOP, SPARK }

    private final ObjectProperty<Engine> engine = new SimpleObjectProperty<>(this, "engine", Engine.DESKTOP);
    private final StringProperty master = new SimpleStringProperty(this, "master", DEFAULT_MASTER);
    private final Optional<SparkRunProcess.Launcher> launcher;
    private final BooleanBinding ready;
    private final StringBinding problem;
    private final StringBinding desktopOnly;

    /** @param launcher how to start the Spark runner; empty when this installation has none */
    public EngineChoice(Optional<SparkRunProcess.Launcher> launcher) {
        this.launcher = launcher;
        problem = Bindings.createStringBinding(() -> {
            if (engine.get() != Engine.SPARK) {
                return "";
            }
            if (launcher.isEmpty()) {
                return "The Spark runner (" + SparkRunProcess.LAUNCHER_SCRIPT + ") was not found beside this "
                        + "installation: start Retail Studio with ./retail-studio from its checkout.";
            }
            return master.get() == null || master.get().isBlank()
                    ? "Name a Spark master: local[2] on this machine, or spark://HOST:7077." : "";
        }, engine, master);
        ready = problem.isEmpty();
        desktopOnly = Bindings.createStringBinding(() -> engine.get() == Engine.SPARK
                ? "Runs on the desktop engine, whichever engine is chosen on the left: Spark runs the Results tab's "
                        + "journey here, and portfolios from the command line (simulate --engine spark)." : "", engine);
    }

    /** The runner found beside the installation ({@link SparkRunProcess.Launcher#find()}). */
    public static EngineChoice ofInstallation() {
        return new EngineChoice(SparkRunProcess.Launcher.find());
    }

    public ObjectProperty<Engine> engineProperty() {
        return engine;
    }

    /** The Spark master, free text: local[N], local[*], spark://HOST:7077, yarn, k8s://… */
    public StringProperty masterProperty() {
        return master;
    }

    /** Why a run cannot start on the chosen engine, empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    /**
     * What the Compare and Portfolio tabs say of their engine while Spark is chosen: they run on the desktop engine
     * whichever is chosen; empty while the desktop engine is chosen.
     */
    public StringBinding desktopOnlyProperty() {
        return desktopOnly;
    }

    /** Whether a run can start on the chosen engine. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    /** What a run started now uses: empty for the desktop engine, else the Spark runner and the master. */
    Optional<SparkTarget> sparkTarget() {
        return engine.get() == Engine.SPARK && ready.get()
                ? Optional.of(new SparkTarget(launcher.orElseThrow(), master.get().strip())) : Optional.empty();
    }

    /** A Spark run's runner and master, fixed when the run starts. */
    record SparkTarget(SparkRunProcess.Launcher launcher, String master) {
    }
}
