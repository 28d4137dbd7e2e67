package com.retailstudio.designer.model;

import java.math.BigDecimal;

/** Plain decimal text for numbers in messages and files: {@code 3} rather than {@code 3.0}, never an exponent. */
public final class NumberText {
    private NumberText() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
