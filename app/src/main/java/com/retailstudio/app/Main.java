package com.retailstudio.app;

import com.retailstudio.app.cli.RetailStudioCommand;
import com.retailstudio.data.architecture.AllowedInPackageCycle;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point of `retail-studio`: no arguments opens the desktop application, a subcommand runs headless. */
@AllowedInPackageCycle("the entry point hands over to the command line, which reads AppVersion from this package")
public final class Main {

    /**
     * JavaFX warns that it runs from the class path rather than as modules; that is how we ship it,
     * so the warning is noise for our users. Held here so the logger (and its level) is not collected.
     */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        if (System.getenv("RETAIL_STUDIO_DEBUG") == null) {
            // Libraries (Flyway, H2) log their routine steps at INFO; users see warnings and errors only.
            Logger.getLogger("").setLevel(Level.WARNING);
        }
        System.exit(RetailStudioCommand.run(args));
    }
}
