package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.markdown.model.ProductDemand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemandEstimatorTest {

    @Test
    void fittedElasticitiesRecoverThePlantedOnesOnTheBundledSample() {
        DataSet data = SampleData.data();
        List<DemandEstimator.Fitted> fits = DemandEstimator.fit(SalesPanel.series(data, SalesPanel.lastWeek(data)));
        Map<String, Double> truth = SampleData.plantedElasticities();
        int within = 0;
        int withinHalf = 0;
        int covered = 0;
        double absErr = 0;
        double sumMape = 0; double bias = 0, rawErr = 0, rawBias = 0, rawSe = 0; int raws = 0;
        int mapes = 0;
        for (DemandEstimator.Fitted f : fits) {
            ProductDemand d = f.demand();
            double planted = truth.get(d.productId());
            double err = Math.abs(d.elasticity() - planted);
            absErr += err;
            if (err <= 0.3) {
                within++;
            }
            if (err <= 0.5) {
                withinHalf++;
            }
            if (d.elasticityLow() <= planted && planted <= d.elasticityHigh()) {
                covered++;
            }
            bias += d.elasticity() - planted;
            if (!Double.isNaN(d.rawElasticity())) { rawErr += Math.abs(d.rawElasticity() - planted); rawBias += d.rawElasticity() - planted; raws++; rawSe += d.rawStdError(); }
            if (!Double.isNaN(d.mape())) {
                sumMape += d.mape();
                mapes++;
            }
        }
        int n = fits.size();
        System.out.printf("bias %.3f raw: n %d err %.3f bias %.3f se %.3f theta %.3f%n", bias / n, raws, rawErr / raws, rawBias / raws, rawSe / raws, fits.stream().mapToDouble(f -> f.demand().theta()).average().getAsDouble());
        System.out.printf("products %d, |err|<=0.5: %.3f, |err|<=0.3: %.3f, mean |err| %.3f, CI coverage %.3f, mean MAPE %.3f%n",
                n, withinHalf / (double) n, within / (double) n, absErr / n, covered / (double) n, sumMape / mapes);
        assertEquals(300, n);
        // measured on the bundled sample: 88 % within 0.5, 68 % within 0.3, mean |error| 0.25, coverage 91 %
        assertTrue(withinHalf >= 0.85 * n, "share within 0.5 of the planted elasticity: " + withinHalf / (double) n);
        assertTrue(within >= 0.65 * n, "share within 0.3 of the planted elasticity: " + within / (double) n);
        assertTrue(absErr / n <= 0.3, "mean absolute error: " + absErr / n);
        assertTrue(covered >= 0.88 * n, "95% interval coverage: " + covered / (double) n);
        double meanTheta = fits.stream().mapToDouble(f -> f.demand().theta()).average().orElseThrow();
        assertEquals(0.6, meanTheta, 0.15, "the planted broken-assortment exponent is 0.6");
    }
}
