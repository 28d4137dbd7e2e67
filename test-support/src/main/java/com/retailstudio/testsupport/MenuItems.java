package com.retailstudio.testsupport;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** Menu items are not nodes, so a TestFX lookup cannot find them: a menu's item by id, searched through submenus. */
public final class MenuItems {

    private MenuItems() {
    }

    /** The item with this id among {@code items} and their submenus, or null. */
    public static MenuItem find(List<MenuItem> items, String id) {
        for (MenuItem item : items) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu menu) {
                MenuItem found = find(menu.getItems(), id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
