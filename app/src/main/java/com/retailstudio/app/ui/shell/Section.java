package com.retailstudio.app.ui.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The main window's sections, in navigation order; {@code id} is the name used on the command line. */
public enum Section {
    JOURNEYS("journeys", "Journeys", Material2OutlinedAL.ACCOUNT_TREE,
            "Design journey orchestration rules: triggers, waits, splits and next-best-action across every channel."),
    SIMULATION("simulation", "Simulation", Material2OutlinedMZ.PLAY_CIRCLE_OUTLINE,
            "Run a journey against customer data and see flow, conversions, uplift and fatigue before it goes live."),
    MARKDOWNS("markdowns", "Markdowns", Material2OutlinedAL.LOCAL_OFFER,
            "Plan the timing and depth of clearance markdowns per product and store under your business rules."),
    LAYOUTS("layouts", "Store layouts", Material2OutlinedMZ.STOREFRONT,
            "See how each store is used by zone and daypart, and which categories belong next to each other."),
    DATA("data", "Data", Material2OutlinedAL.FOLDER_OPEN,
            "The customer, product, store and sales data every section works from, and how healthy it is."),
    APPROVALS("approvals", "Approvals & export", Material2OutlinedAL.FACT_CHECK,
            "Review and approve designs, then export validated bundles to production decisioning.");

    private final String id;
    private final String title;
    private final Ikon icon;
    private final String purpose;

    Section(String id, String title, Ikon icon, String purpose) {
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.purpose = purpose;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** One sentence on what the section is for, shown under its title. */
    public String purpose() {
        return purpose;
    }

    public static Optional<Section> fromId(String id) {
        return Arrays.stream(values()).filter(section -> section.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Section::id).collect(Collectors.toList());
    }

    public static String idList() {
        return String.join(", ", ids());
    }
}
