package com.retailstudio.markdown.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.retailstudio.markdown.model.ProductDemand;
import com.retailstudio.markdown.model.StorePlan;
import com.retailstudio.ui.table.NumberTreeColumn;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The Markdowns section's plan table: a line per product and store, or per category or store with their totals when
 * grouped; rows changed by hand carry a pencil. The table and the table model's selection follow each other.
 */
public final class PlanTreeTable extends TreeTableView<PlanTreeTable.PlanRow> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

    /** A line of the plan table: a product-store, or a group with its totals. */
    public sealed interface PlanRow permits Leaf, Group {
    }

    /** One product in one store. */
    public record Leaf(StorePlan plan) implements PlanRow {
    }

    /** A category or store with the totals of its shown rows. */
    public record Group(String name, PlanTotals totals) implements PlanRow {
    }

    private final MarkdownViewModel model;
    private boolean syncingSelection;

    PlanTreeTable(MarkdownViewModel model) {
        this.model = model;
        setId("plan-table");
        getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        setShowRoot(false);
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        getColumns().setAll(List.of(changedMark(),
                text("Product", r -> r instanceof Group g ? g.name() + " (" + g.totals().rows() + ")"
                        : ((Leaf) r).plan().productId() + "  " + ((Leaf) r).plan().productName(), 150),
                text("Store", r -> r instanceof Leaf l ? l.plan().storeId() : "", 60),
                text("Elast.", r -> {
                    if (r instanceof Leaf l) {
                        ProductDemand d = model.demandOf(l.plan());
                        return d == null ? "" : String.format(Locale.ROOT, "%.2f", d.elasticity());
                    }
                    return "";
                }, 60),
                text("Markdowns", r -> r instanceof Leaf l ? describePlan(l.plan()) : "", 170),
                number("Margin", r -> r instanceof Leaf l ? l.plan().plan().margin() : ((Group) r).totals().margin(),
                        v -> MarkdownFormat.money(v.doubleValue()), 76),
                number("Gain", r -> r instanceof Leaf l ? l.plan().plan().margin() - l.plan().baseline().margin()
                        : ((Group) r).totals().gain(), v -> String.format(Locale.ROOT, "%+,.0f", v.doubleValue()), 64),
                number("Sold", r -> r instanceof Leaf l ? l.plan().plan().sellThrough()
                                : ((Group) r).totals().sellThrough(),
                        v -> String.format(Locale.ROOT, "%.0f %%", v.doubleValue() * 100), 62),
                number("Left", r -> r instanceof Leaf l ? l.plan().plan().leftover() : ((Group) r).totals().leftover(),
                        v -> String.format(Locale.ROOT, "%,.0f", v.doubleValue()), 52)));
        setPlaceholder(new Label("No product-store matches."));
        setRoot(new TreeItem<>());
        PlanTableModel rows = model.table();
        rows.shownRows().addListener((ListChangeListener<StorePlan>) change -> rebuild());
        rows.groupingProperty().addListener((o, a, b) -> rebuild());
        rows.selectedProperty().addListener((o, a, b) -> select(b));
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncingSelection && b != null && b.getValue() instanceof Leaf leaf) {
                rows.selectedProperty().set(leaf.plan());
            }
        });
        rebuild();
    }

    private TreeTableColumn<PlanRow, String> changedMark() {
        TreeTableColumn<PlanRow, String> mark = new TreeTableColumn<>("");
        mark.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() instanceof Leaf leaf
                && model.overrides().isOverridden(leaf.plan()) ? "changed" : ""));
        mark.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                setText(null);
                if (emptyCell || item == null || item.isEmpty()) {
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    FontIcon pencil = new FontIcon(Material2OutlinedAL.EDIT);
                    pencil.getStyleClass().add(Styles.ACCENT);
                    setGraphic(pencil);
                    setTooltip(new Tooltip("Changed by hand"));
                }
            }
        });
        mark.setPrefWidth(28);
        mark.setMinWidth(28);
        mark.setMaxWidth(28);
        mark.setSortable(false);
        mark.setId("plan-changed");
        return mark;
    }

    /** Rebuilds the tree from the shown rows and the grouping, keeping the sort order and the selection. */
    private void rebuild() {
        TreeItem<PlanRow> root = new TreeItem<>();
        PlanTableModel rows = model.table();
        if (rows.groupingProperty().get() == Grouping.NONE) {
            for (StorePlan p : rows.shownRows()) {
                root.getChildren().add(new TreeItem<>(new Leaf(p)));
            }
        } else {
            for (Map.Entry<String, List<StorePlan>> g : rows.groups().entrySet()) {
                TreeItem<PlanRow> group = new TreeItem<>(new Group(g.getKey(), PlanTotals.of(g.getValue())));
                group.setExpanded(true);
                for (StorePlan p : g.getValue()) {
                    group.getChildren().add(new TreeItem<>(new Leaf(p)));
                }
                root.getChildren().add(group);
            }
        }
        syncingSelection = true;
        try {
            setRoot(root);
            sort();
        } finally {
            syncingSelection = false;
        }
        select(rows.selectedProperty().get());
    }

    /** Selects the row of {@code plan}, if it is shown. */
    void select(StorePlan plan) {
        if (plan == null || getRoot() == null) {
            return;
        }
        TreeItem<PlanRow> found = find(getRoot(), plan.key());
        if (found != null && found != getSelectionModel().getSelectedItem()) {
            syncingSelection = true;
            try {
                getSelectionModel().select(found);
            } finally {
                syncingSelection = false;
            }
        }
    }

    private static TreeItem<PlanRow> find(TreeItem<PlanRow> item, String key) {
        if (item.getValue() instanceof Leaf leaf && leaf.plan().key().equals(key)) {
            return item;
        }
        for (TreeItem<PlanRow> child : item.getChildren()) {
            TreeItem<PlanRow> found = find(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static TreeTableColumn<PlanRow, String> text(String name, Function<PlanRow, String> value,
                                                         double width) {
        TreeTableColumn<PlanRow, String> c = new TreeTableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? ""
                : value.apply(cell.getValue().getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width <= 60 ? width : 90);
        return c;
    }

    private static TreeTableColumn<PlanRow, Number> number(String name, Function<PlanRow, Number> value,
                                                           Function<Number, String> format, double width) {
        TreeTableColumn<PlanRow, Number> c = new NumberTreeColumn<>(name, value, format);
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }

    /** "7 Sep −30 % · 21 Sep −50 %", or "Hold" when the plan keeps today's price. */
    static String describePlan(StorePlan p) {
        StringBuilder out = new StringBuilder();
        int previous = p.currentCents();
        for (int t = 0; t < p.planCents().length; t++) {
            int now = p.planCents()[t];
            if (now != previous) {
                if (out.length() > 0) {
                    out.append(" · ");
                }
                out.append(DAY.format(p.weeks().get(t))).append(' ')
                        .append(String.format(Locale.ROOT, "−%.0f %%", (1 - now / (p.fullPrice() * 100)) * 100));
            }
            previous = now;
        }
        return out.length() == 0 ? "Hold at today's price" : out.toString();
    }
}
