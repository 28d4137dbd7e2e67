package com.retailstudio.app.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private final Map<String, String> stored = new HashMap<>();
    private final ShellSettings settings = new ShellSettings() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void put(String key, String value) {
            stored.put(key, value);
        }
    };

    @Test
    void firstStartShowsJourneysInTheLightTheme() {
        ShellViewModel shell = new ShellViewModel(settings, "workspace", "ana");

        assertEquals(Section.JOURNEYS, shell.section());
        assertEquals(Theme.LIGHT, shell.theme());
    }

    @Test
    void remembersTheLastSectionAndThemeForTheNextStart() {
        ShellViewModel first = new ShellViewModel(settings, "workspace", "ana");
        first.show(Section.MARKDOWNS);
        first.toggleTheme();

        ShellViewModel next = new ShellViewModel(settings, "workspace", "ana");

        assertEquals(Section.MARKDOWNS, next.section());
        assertEquals(Theme.DARK, next.theme());
    }

    @Test
    void remembersWhereTheWindowWasItsSizeAndWhetherItWasMaximised() {
        ShellViewModel shell = new ShellViewModel(settings, "workspace", "ana");
        assertEquals(Optional.empty(), shell.rememberedPlacement(), "nothing remembered on a new workspace");

        shell.rememberPlacement(new WindowPlacement(-1200.4, 35, 1598.2, 978, true));

        assertEquals(Optional.of(new WindowPlacement(-1200, 35, 1598, 978, true)),
                new ShellViewModel(settings, "workspace", "ana").rememberedPlacement());
    }

    @Test
    void aSizeRememberedWithoutAPositionIsRestoredCentred() {
        // what workspaces stored before the position was remembered
        stored.put(ShellViewModel.WINDOW_SIZE_KEY, "1500x900");

        WindowPlacement restored = new ShellViewModel(settings, "workspace", "ana").rememberedPlacement()
                .orElseThrow();

        assertEquals(1500, restored.width());
        assertEquals(900, restored.height());
        assertFalse(restored.hasPosition());
        assertFalse(restored.maximised());
    }

    @Test
    void ignoresUnreadableStoredValues() {
        stored.put(ShellViewModel.SECTION_KEY, "no-such-section");
        stored.put(ShellViewModel.THEME_KEY, "sepia");
        stored.put(ShellViewModel.WINDOW_SIZE_KEY, "wide");

        ShellViewModel shell = new ShellViewModel(settings, "workspace", "ana");

        assertEquals(Section.JOURNEYS, shell.section());
        assertEquals(Theme.LIGHT, shell.theme());
        assertEquals(Optional.empty(), shell.rememberedPlacement());
    }

    @Test
    void everySectionHasACommandLineNameThatFindsItAgain() {
        for (Section section : Section.values()) {
            assertEquals(Optional.of(section), Section.fromId(section.id()));
        }
        assertEquals("journeys, simulation, markdowns, layouts, data, approvals", Section.idList());
    }
}
