package com.retailstudio.markdown.model;

/** The editable fields of {@link MarkdownRules}, with the name a merchandiser reads in the editor and in messages. */
public enum RuleField {
    LADDER("Discount ladder"),
    PRICE_ENDINGS("Price endings"),
    MAX_DEPTH("Maximum depth"),
    FIRST_MARKDOWN_MIN_DEPTH("First markdown at least"),
    MIN_WEEKS_BETWEEN("Minimum weeks between markdowns"),
    MAX_MARKDOWNS("Maximum markdowns"),
    NO_MARKDOWN_BEFORE_WEEK("No markdown before week"),
    EXIT_WEEK("Exit week"),
    SALVAGE("Salvage value"),
    SELL_THROUGH_TARGET("Sell-through target"),
    MARKDOWN_BUDGET("Markdown budget per product"),
    CLUSTER_PRICING("Price clusters share a price");

    private final String label;

    RuleField(String label) {
        this.label = label;
    }

    /** The field's name as the editor shows it. */
    public String label() {
        return label;
    }
}
