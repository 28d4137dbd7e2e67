package com.retailstudio.simulator.spark;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a run: the master given, no web UI (a batch job on a shared machine). */
public final class SparkLocal {

    private SparkLocal() {
    }

    /**
     * A session on {@code master} ({@code local[N]}, {@code spark://HOST:7077}, {@code yarn}, {@code k8s://…}). A
     * local master binds the driver to loopback, so a run needs no network beyond this machine.
     */
    public static SparkSession session(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("retail-studio simulate").master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false");
        if (master.startsWith("local")) {
            builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
        } else if (!new SparkConf().contains("spark.jars")) {
            // started by ./retail-studio-spark rather than spark-submit --jars: the executors need this module's jar
            jobJar().ifPresent(jar -> builder.config("spark.jars", jar));
        }
        return builder.getOrCreate();
    }

    /** The jar this class was loaded from, when it was loaded from a jar. */
    static Optional<String> jobJar() {
        try {
            Path location = Path.of(SparkLocal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? Optional.of(location.toString()) : Optional.empty();
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
