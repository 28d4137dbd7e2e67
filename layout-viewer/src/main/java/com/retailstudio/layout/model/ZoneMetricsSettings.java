package com.retailstudio.layout.model;

/**
 * The thresholds behind the zone metrics.
 *
 * @param minDwellSeconds      a stay counts as a dwell when its in-zone readings span at least this long
 * @param maxDwellSpeed        metres per second: steps between readings faster than this are walking, not dwelling
 * @param frontageM            a visit passes a zone when a reading is inside it or at most this far from its edge
 * @param joinToleranceSeconds a basket joins the visit whose last reading is at most this long before the till time
 * @param dwellBinSeconds      width of a dwell histogram bin
 * @param dwellBins            number of bins (the last one is open-ended)
 */
public record ZoneMetricsSettings(double minDwellSeconds, double maxDwellSpeed, double frontageM, double joinToleranceSeconds,
                                  double dwellBinSeconds, int dwellBins) {

    public static final ZoneMetricsSettings DEFAULTS = new ZoneMetricsSettings(2, 0.6, 1.5, 10, 15, 8);

    public ZoneMetricsSettings {
        if (minDwellSeconds < 0 || maxDwellSpeed <= 0 || frontageM < 0 || joinToleranceSeconds < 0 || dwellBinSeconds <= 0 || dwellBins < 1) {
            throw new IllegalArgumentException("Zone metric thresholds must be non-negative and the dwell bins positive.");
        }
    }

    public ZoneMetricsSettings withMinDwellSeconds(double value) {
        return new ZoneMetricsSettings(value, maxDwellSpeed, frontageM, joinToleranceSeconds, dwellBinSeconds, dwellBins);
    }
}
