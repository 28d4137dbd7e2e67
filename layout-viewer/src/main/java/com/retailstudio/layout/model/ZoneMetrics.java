package com.retailstudio.layout.model;

import java.util.Optional;

/**
 * How one walkable zone of a store was used over the filtered visits; definitions in docs/layout-analytics.md.
 *
 * @param zoneId             the zone
 * @param zoneType           entrance, checkout or category
 * @param category           the zone's category, for category zones
 * @param areaM2             floor area
 * @param visits             visits with at least one reading in the zone
 * @param passers            visits with a reading in the zone or within the frontage distance of it
 * @param dwells             visits that stayed in the zone at least the minimum dwell time once
 * @param captureRate        dwells / passers (0 when nobody passed)
 * @param passByShare        1 - captureRate: share of passers who did not stop
 * @param medianDwellSeconds median of the dwelling visits' time in the zone (0 when none)
 * @param dwellHistogram     distribution of the dwelling visits' time in the zone
 * @param conversions        dwelling visits whose joined basket holds the zone's category
 * @param conversionRate     conversions / dwells, for category zones (0 when nobody dwelt)
 * @param revenue            till revenue of the zone's category in the filtered baskets of the store
 * @param revenuePerM2       revenue / areaM2
 */
public record ZoneMetrics(
        String zoneId,
        String zoneType,
        Optional<String> category,
        double areaM2,
        int visits,
        int passers,
        int dwells,
        double captureRate,
        double passByShare,
        double medianDwellSeconds,
        DwellHistogram dwellHistogram,
        int conversions,
        double conversionRate,
        double revenue,
        double revenuePerM2) {
}
