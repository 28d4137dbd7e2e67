package com.retailstudio.app.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;

/** The two looks of the application, both from AtlantaFX. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    private final String userAgentStylesheet;

    Theme(String userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
    }

    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> fromId(String id) {
        for (Theme theme : values()) {
            if (theme.id().equals(id)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
