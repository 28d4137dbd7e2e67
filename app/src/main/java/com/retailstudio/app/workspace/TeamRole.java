package com.retailstudio.app.workspace;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The database roles of a team workspace; a person is a login granted one or more of them. */
public enum TeamRole {
    /** Edits journeys, plans and rule books, submits them for review, exports approved ones. */
    DESIGNER("retail_designer"),
    /** Approves or requests changes on versions written by someone else. */
    REVIEWER("retail_reviewer"),
    /** Archives, and adds people ({@code workspace grant}). */
    ADMIN("retail_admin");

    private final String roleName;

    TeamRole(String roleName) {
        this.roleName = roleName;
    }

    /** The database role, e.g. {@code retail_reviewer}. */
    public String roleName() {
        return roleName;
    }

    /** Reads {@code designer}, {@code reviewer}, {@code admin} or the role's own name. */
    public static TeamRole parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(role -> role.roleName.equals(wanted) || role.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a role; use one of "
                        + Arrays.stream(values()).map(role -> role.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")) + "."));
    }
}
