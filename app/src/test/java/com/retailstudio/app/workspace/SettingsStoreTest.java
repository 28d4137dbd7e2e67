package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@OnBothWorkspaces
class SettingsStoreTest {

    private TestWorkspaces workspaces;
    private Workspace workspace;

    @BeforeEach
    void open(TestWorkspaces workspaces) {
        this.workspaces = workspaces;
        workspace = workspaces.open();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aSettingThatWasNeverPutIsEmptyAndGivesTheFallback() {
        assertEquals(Optional.empty(), workspace.settings().get(SettingsStore.THEME));
        assertEquals("light", workspace.settings().get(SettingsStore.THEME, "light"));
    }

    @Test
    void putReplacesTheEarlierValueAndSurvivesReopening() {
        SettingsStore settings = workspace.settings();
        settings.put(SettingsStore.THEME, "light");
        settings.put(SettingsStore.THEME, "dark");
        settings.put(SettingsStore.WINDOW_SIZE, "1280x800");
        settings.put(SettingsStore.LAST_SECTION, "markdowns");

        workspace.close();
        workspace = workspaces.open();

        assertEquals(Map.of(SettingsStore.LAST_SECTION, "markdowns", SettingsStore.THEME, "dark",
                SettingsStore.WINDOW_SIZE, "1280x800"), workspace.settings().all());
        assertEquals("dark", workspace.settings().get(SettingsStore.THEME, "light"));
    }

    @Test
    void allListsSettingsOrderedByKey() {
        workspace.settings().put("b", "2");
        workspace.settings().put("a", "1");
        workspace.settings().put("c", "3");

        assertEquals("[a, b, c]", workspace.settings().all().keySet().toString());
    }

    @Test
    void removeDeletesTheSettingAndSaysWhetherThereWasOne() {
        workspace.settings().put(SettingsStore.THEME, "dark");

        assertTrue(workspace.settings().remove(SettingsStore.THEME));
        assertFalse(workspace.settings().remove(SettingsStore.THEME));
        assertEquals(Optional.empty(), workspace.settings().get(SettingsStore.THEME));
    }

    @Test
    void aBlankKeyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> workspace.settings().put(" ", "x"));
    }

    @Test
    void currentUserIsTheOperatingSystemUserUntilADisplayNameIsSet() {
        // On a team workspace the person is the login (TeamWorkspaceRulesTest).
        Assumptions.assumeFalse(workspaces.isPostgres(), "a folder's rule");
        assertEquals(System.getProperty("user.name"), workspace.currentUser());

        workspace.settings().put(SettingsStore.DISPLAY_NAME, "Dana Merchandiser");
        assertEquals("Dana Merchandiser", workspace.currentUser());

        workspace.settings().put(SettingsStore.DISPLAY_NAME, "  ");
        assertEquals(System.getProperty("user.name"), workspace.currentUser());
    }
}
