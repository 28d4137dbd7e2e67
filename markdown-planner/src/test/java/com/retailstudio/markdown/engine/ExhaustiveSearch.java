package com.retailstudio.markdown.engine;

/** Tries every rule-abiding rung path of a small problem on the optimiser's stock grid; the reference optimum. */
final class ExhaustiveSearch {

    private final MarkdownProblem p;
    private final double step;
    private final int levels;
    private final double maxEndStock;
    double best = Double.NEGATIVE_INFINITY;
    int[] bestPath;

    ExhaustiveSearch(MarkdownProblem p, int stockLevels, double maxEndStock) {
        this.p = p;
        this.levels = p.startStock() <= 0 ? 0 : (int) Math.min(stockLevels, Math.ceil(p.startStock() - 1e-9));
        this.step = levels == 0 ? 0 : p.startStock() / levels;
        this.maxEndStock = maxEndStock;
    }

    ExhaustiveSearch run() {
        int[] path = new int[p.weeks()];
        int used = Math.min(p.markdownsUsed(), p.maxMarkdowns());
        walk(0, 0, used, p.weeksSinceLast(), levels, 0.0, path);
        return this;
    }

    private void walk(int t, int rung, int used, int since, int k, double value, int[] path) {
        if (t == p.weeks()) {
            double s = k * step;
            if (s > maxEndStock + 1e-9) {
                return;
            }
            double total = value + p.salvagePerUnit() * s;
            if (total > best + 1e-9) {
                best = total;
                bestPath = path.clone();
            }
            return;
        }
        for (int r = rung; r < p.rungCount(); r++) {
            boolean markdown = r > rung;
            if (markdown && (t < p.firstAllowed() || used >= p.maxMarkdowns() || since < p.minGap())) {
                continue;
            }
            double s = k * step;
            double sales = k == 0 ? 0 : p.sales(t, p.rungCents()[r], s);
            int k2 = k == 0 ? 0 : (int) Math.max(0, Math.min(k, Math.round((s - sales) / step)));
            path[t] = r;
            walk(t + 1, r, markdown ? used + 1 : used, markdown ? 1 : since + 1, k2,
                    value + p.rungCents()[r] / 100.0 * (s - k2 * step), path);
        }
    }
}
