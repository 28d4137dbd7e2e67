package com.retailstudio.app.launcher;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.stream.Collectors;

/**
 * Stands in for the application behind the {@code retail-studio} launcher in {@link RetailStudioLauncherTest}: it
 * starts in a blink (the real one renders a window to record the class-data archive) and prints what the launcher
 * chose for it: the collector, the largest heap and the JVM options.
 */
public final class LauncherStandIn {

    private LauncherStandIn() {
    }

    public static void main(String[] args) {
        // A class from the second jar, so the recorded archive depends on the whole class path, as the real one does.
        String shelf = new StandInShelf("aisle 4").label();
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(","));
        System.out.println("stand-in " + String.join(" ", args) + " | " + shelf
                + " | gc=" + collectors
                + " | maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " | options=" + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }
}
