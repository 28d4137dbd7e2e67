package com.retailstudio.markdown.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.markdown.model.StorePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class MarkdownViewModelTest {

    /** Runs the work at once on the calling thread and records the titles. */
    private final List<String> titles = new ArrayList<>();
    private final PlanRunner inline = (title, work, done, failed) -> {
        titles.add(title);
        try {
            done.accept(work.call());
        } catch (Exception e) {
            failed.accept(e);
        }
    };

    @Test
    void plansTheActiveDataSetThroughTheRunnerWithTheLargestGainsFirst() throws Exception {
        Path folder = Files.createTempDirectory("markdown-vm");
        BundledSample.extractTo(folder);
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>();
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline);
        model.start();
        assertNull(model.resultProperty().get());
        assertTrue(titles.isEmpty(), "nothing to plan without a data set");

        active.set(folder.toString());

        assertEquals(List.of("Planning markdowns"), titles);
        assertNotNull(model.resultProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(model.resultProperty().get().plans().size(), model.rows().size());
        for (int i = 1; i < model.rows().size(); i++) {
            assertTrue(gain(model.rows().get(i - 1)) >= gain(model.rows().get(i)), "sorted by gain at row " + i);
        }
        assertTrue(model.selectedProperty().get().weeks().size() >= 4);
        assertNotNull(model.demandOf(model.rows().get(0)));
    }

    @Test
    void aFailedPlanShowsOneMessageAndNoResult() {
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>();
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline);
        active.set("/no/such/folder");
        assertNull(model.resultProperty().get());
        assertFalse(model.busyProperty().get());
        assertTrue(model.errorProperty().get().startsWith("Could not plan markdowns: "), model.errorProperty().get());
    }

    private static double gain(StorePlan p) {
        return p.plan().margin() - p.baseline().margin();
    }
}
