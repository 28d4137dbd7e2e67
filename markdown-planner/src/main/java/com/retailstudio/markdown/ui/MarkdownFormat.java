package com.retailstudio.markdown.ui;

import java.util.Locale;

/** How the Markdowns section writes its figures. */
final class MarkdownFormat {

    private MarkdownFormat() {
    }

    /** A sum of money without decimals; −0.3 reads "0", not "-0". */
    static String money(double v) {
        return String.format(Locale.ROOT, "%,.0f", Math.abs(v) < 0.5 ? 0.0 : v);
    }

    static String price(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
