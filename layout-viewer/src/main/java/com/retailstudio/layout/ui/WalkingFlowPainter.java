package com.retailstudio.layout.ui;

import com.retailstudio.layout.model.FloorPoint;
import com.retailstudio.layout.model.WalkingFlow;
import com.retailstudio.layout.model.WalkingPaths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Draws the walking-path overlay on the floor plan: one band per move between zones, as wide as its visitors. */
final class WalkingFlowPainter {

    private WalkingFlowPainter() {
    }

    /**
     * Each move as a band along its route, as wide as its visitors (the busiest {@code max} gets 14 px), kept to the
     * right of its direction so the two directions between a pair of zones lie side by side; an arrowhead at the
     * zone entered and the visitor count on the longest leg.
     */
    static void draw(GraphicsContext g, FloorPalette colours, WalkingPaths paths, int max,
                     PlanViewport.Mapping mapping) {
        List<WalkingFlow> flows = new ArrayList<>(paths.flows());
        Collections.reverse(flows);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (WalkingFlow flow : flows) {
            if (flow.route().size() < 2) {
                continue;
            }
            double width = 2 + 12.0 * flow.visitors() / Math.max(1, max);
            double[][] line = lane(flow.route(), width / 2 + 1, mapping);
            int n = line[0].length;
            double head = Math.min(width * 1.4 + 7, segmentLength(line, n - 1) * 0.9);
            double angle = Math.atan2(line[1][n - 1] - line[1][n - 2], line[0][n - 1] - line[0][n - 2]);
            double[] xs = line[0].clone();
            double[] ys = line[1].clone();
            xs[n - 1] -= head * Math.cos(angle);
            ys[n - 1] -= head * Math.sin(angle);
            g.setStroke(colours.flowHalo());
            g.setLineWidth(width + 2);
            g.strokePolyline(xs, ys, n);
            g.setStroke(colours.flow().deriveColor(0, 1, 1, 0.88));
            g.setLineWidth(width);
            g.strokePolyline(xs, ys, n);
            double tipX = line[0][n - 1];
            double tipY = line[1][n - 1];
            double half = width / 2 + 4;
            double baseX = tipX - head * Math.cos(angle);
            double baseY = tipY - head * Math.sin(angle);
            double[] hx = {tipX, baseX + half * Math.sin(angle), baseX - half * Math.sin(angle)};
            double[] hy = {tipY, baseY - half * Math.cos(angle), baseY + half * Math.cos(angle)};
            g.setFill(colours.flow());
            g.fillPolygon(hx, hy, 3);
            g.setStroke(colours.flowEdge());
            g.setLineWidth(1);
            g.strokePolygon(hx, hy, 3);
            int longest = 1;
            for (int i = 2; i < n; i++) {
                if (segmentLength(line, i) > segmentLength(line, longest)) {
                    longest = i;
                }
            }
            // a third of the way along the longest leg: the two directions of a pair put their counts apart
            drawCount(g, colours, String.valueOf(flow.visitors()), line[0][longest - 1] + (line[0][longest]
                    - line[0][longest - 1]) / 3, line[1][longest - 1] + (line[1][longest] - line[1][longest - 1]) / 3);
        }
    }

    private static double segmentLength(double[][] line, int i) {
        return Math.hypot(line[0][i] - line[0][i - 1], line[1][i] - line[1][i - 1]);
    }

    /** The route in pixels, moved {@code offset} pixels to the right of the direction of travel. */
    private static double[][] lane(List<FloorPoint> route, double offset, PlanViewport.Mapping mapping) {
        int n = route.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = mapping.toPixelX(route.get(i).xM());
            ys[i] = mapping.toPixelY(route.get(i).yM());
        }
        double[][] out = {new double[n], new double[n]};
        for (int i = 0; i < n; i++) {
            double nx = 0;
            double ny = 0;
            for (int j : new int[] {i - 1, i}) {
                if (j >= 0 && j + 1 < n) {
                    double dx = xs[j + 1] - xs[j];
                    double dy = ys[j + 1] - ys[j];
                    double len = Math.hypot(dx, dy);
                    if (len > 0) {
                        // right of travel on screen (y points down): (-dy, dx)
                        nx += -dy / len;
                        ny += dx / len;
                    }
                }
            }
            double len = Math.hypot(nx, ny);
            out[0][i] = xs[i] + (len > 0 ? nx / len * offset : 0);
            out[1][i] = ys[i] + (len > 0 ? ny / len * offset : 0);
        }
        return out;
    }

    private static void drawCount(GraphicsContext g, FloorPalette colours, String text, double x, double y) {
        g.setFont(Font.font("System", FontWeight.BOLD, 10));
        double w = 7 * text.length() + 6;
        g.setFill(colours.flowEdge());
        g.fillRoundRect(x - w / 2, y - 7, w, 14, 8, 8);
        g.setStroke(colours.flow());
        g.setLineWidth(1);
        g.strokeRoundRect(x - w / 2, y - 7, w, 14, 8, 8);
        g.setFill(colours.flow().darker());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }
}
