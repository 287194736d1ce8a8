package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.dyad.core.config.Config;
import org.dyad.core.testing.SharedData;
import org.dyad.eval.GeoWebNews;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The evaluation tier for places: GeoWebNews. Skips when ../shared is absent. The floors are the
 * targets of the geoparsing issue; docs/evaluation.md has the current figures.
 */
class GeoEvalIT {
    static final double WITHIN_161_KM_FLOOR = 0.80;
    static final double RIGHT_COUNTRY_FLOOR = 0.90;
    static final double RECALL_FLOOR = 0.35;

    @Test
    void geoWebNews() throws Exception {
        Optional<Path> file = SharedData.find("geo/GeoWebNews.xml");
        Assumptions.assumeTrue(file.isPresent(), "../shared is absent");
        GeoWebNews.Report r = EvalCommand.score(Config.defaults(), GeoWebNews.load(file.get()), new StringBuilder());
        System.out.println("GeoWebNews: " + r.summary());
        assertTrue(r.accuracy161() >= WITHIN_161_KM_FLOOR, "within 161 km " + r.accuracy161());
        assertTrue(r.countryAccuracy() >= RIGHT_COUNTRY_FLOOR, "right country " + r.countryAccuracy());
        assertTrue(r.recall() >= RECALL_FLOOR, "recall " + r.recall());
    }
}
