package com.retailstudio.designer.ui.portfolio;

import com.retailstudio.ui.dialog.DialogService;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Portfolio rules editor in a window of its own over the Journeys section. */
public final class PortfolioRulesWindow {

    /** The workspace's rule set when nobody names another. */
    public static final String DEFAULT_ID = "default";

    private PortfolioRulesWindow() {
    }

    /** Opens the editor of the workspace's rule set {@code id}; the window is shown and returned. */
    public static Stage open(Window owner, PortfolioContext context, String id, DialogService dialogs) {
        PortfolioRulesViewModel model = new PortfolioRulesViewModel(context, id);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Portfolio rules — " + model.nameProperty().get());
        stage.setScene(new Scene(new PortfolioRulesView(model, dialogs), 760, 820));
        stage.show();
        model.checkOverlaps();
        return stage;
    }
}
