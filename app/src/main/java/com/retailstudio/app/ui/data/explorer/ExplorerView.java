package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.ui.chart.ChartPalette;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/** The Data explorer: Browse, Customer, Profile and Pivot tabs over the active data set's files, and Segments. */
public final class ExplorerView extends StackPane {

    private final TabPane tabs = new TabPane();

    /**
     * @param exportChooser asks where to write a pivot, given a suggested file name
     */
    public ExplorerView(ExplorerViewModel model, Function<String, Optional<Path>> exportChooser) {
        getStyleClass().add("explorer-view");
        ChartPalette.Probe palette = new ChartPalette.Probe();
        tabs.setId("explorer-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("Browse", new BrowseView(model.browse())),
                tab("Customer", new CustomerView(model.customer(), palette)),
                tab("Profile", new ProfileView(model.profile(), palette)),
                tab("Pivot", new PivotView(model.pivot(), palette, exportChooser)));
        getChildren().addAll(palette.node(), tabs);
    }

    /** Adds a tab after the explorer's own (the Segments editor, which needs the workspace). */
    public void addTab(String title, Node content) {
        tabs.getTabs().add(tab(title, content));
    }

    /** Shows the tab with this title (Browse, Customer, Profile or Pivot). */
    public void select(String title) {
        tabs.getTabs().stream().filter(tab -> tab.getText().equals(title)).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("explorer-tab-" + title.toLowerCase(Locale.ROOT));
        return tab;
    }
}
