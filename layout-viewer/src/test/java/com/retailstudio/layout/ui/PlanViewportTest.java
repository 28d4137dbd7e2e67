package com.retailstudio.layout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Zoom and pan of the floor plan, without a canvas. */
class PlanViewportTest {

    private final PlanViewport viewport = new PlanViewport();

    @Test
    void atZoomOneTheWholePlanFitsCentredWithRoomForTheScaleBar() {
        viewport.showPlan(50, 25);
        PlanViewport.Mapping m = viewport.mapping(532, 400);
        // width limits: (532 - 32) / 50 = 10 px per metre; the height would allow (400 - 26 - 32) / 25 = 13.7
        assertEquals(10, m.scale(), 1e-9);
        assertEquals(16, m.toPixelX(0), 1e-9);
        assertEquals(516, m.toPixelX(50), 1e-9);
        assertEquals((400 - 26) / 2.0, m.toPixelY(12.5), 1e-9);
    }

    @Test
    void zoomingAtThePointerKeepsThePlanPointUnderIt() {
        viewport.showPlan(50, 25);
        PlanViewport.Mapping before = viewport.mapping(532, 400);
        double px = 100;
        double py = 80;
        double x = before.toPlanX(px);
        double y = before.toPlanY(py);
        viewport.zoomAt(PlanViewport.STEP, px, py, before);
        PlanViewport.Mapping after = viewport.mapping(532, 400);
        assertEquals(before.scale() * PlanViewport.STEP, after.scale(), 1e-9);
        assertEquals(px, after.toPixelX(x), 1e-9);
        assertEquals(py, after.toPixelY(y), 1e-9);
    }

    @Test
    void zoomStaysWithinItsLimitsAndZoomingOutToOneFitsAgain() {
        viewport.showPlan(50, 25);
        for (int i = 0; i < 40; i++) {
            viewport.zoomIn();
        }
        assertEquals(PlanViewport.MAX_ZOOM, viewport.zoom(), 1e-9);
        viewport.panBy(-10_000, -10_000, 1);
        assertEquals(50, viewport.centreX(), 1e-9, "the centre stays on the plan");
        assertEquals(25, viewport.centreY(), 1e-9);
        for (int i = 0; i < 40; i++) {
            viewport.zoomOut();
        }
        assertEquals(1, viewport.zoom(), 1e-9);
        assertEquals(25, viewport.centreX(), 1e-9, "back to the whole plan, centred");
        assertEquals(12.5, viewport.centreY(), 1e-9);
    }

    @Test
    void draggingMovesThePlanWithThePointer() {
        viewport.showPlan(50, 25);
        viewport.zoomIn();
        viewport.panBy(40, -20, 10);
        assertEquals(25 - 4, viewport.centreX(), 1e-9);
        assertEquals(12.5 + 2, viewport.centreY(), 1e-9);
    }

    @Test
    void theScaleBarIsARoundNumberOfMetresThatFits() {
        assertEquals(10, PlanViewport.scaleBarMetres(13.9, 140));
        assertEquals(5, PlanViewport.scaleBarMetres(15, 140));
        assertEquals(2, PlanViewport.scaleBarMetres(60, 140));
        assertEquals(0.5, PlanViewport.scaleBarMetres(200, 140));
    }
}
