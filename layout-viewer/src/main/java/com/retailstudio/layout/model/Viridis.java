package com.retailstudio.layout.model;

/**
 * The viridis colour scale (perceptually uniform, readable in grey and by colour-blind viewers), as 0xRRGGBB for a
 * value in 0..1: linear interpolation between nine stops of matplotlib's viridis.
 */
public final class Viridis {

    private static final int[] STOPS = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962,
        0xaddc30, 0xfde725};

    private Viridis() {
    }

    /** The colour for {@code t} (clamped to 0..1) as 0xRRGGBB. */
    public static int rgb(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double position = clamped * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) position);
        double f = position - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        return mix(a >> 16 & 0xff, b >> 16 & 0xff, f) << 16 | mix(a >> 8 & 0xff, b >> 8 & 0xff, f) << 8
                | mix(a & 0xff, b & 0xff, f);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
