package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dyad.core.config.Config;
import org.dyad.core.testing.SharedData;
import org.dyad.eval.PloverEval;
import org.dyad.eval.PloverGold;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The evaluation tier: the PLOVER development set. Skips when ../shared is absent. The floor
 * guards against regressions; docs/evaluation.md has the current figures.
 */
class PloverEvalIT {
    static final double F1_FLOOR = 0.74;
    static final double ACTOR_FLOOR = 0.90;

    @Test
    void ploverDevelopmentSet() throws Exception {
        Optional<Path> file = SharedData.find("plover/PLOVER_GSR_CAMEO.txt");
        Assumptions.assumeTrue(file.isPresent(), "../shared is absent");
        List<PloverGold> gold = PloverGold.load(file.get());
        PloverEval.Report r = EvalCommand.plover(Config.defaults(), gold);
        System.out.println("PLOVER dev set: " + PloverEval.summary(r));
        assertTrue(r.all().f1() >= F1_FLOOR, "F1 " + r.all().f1() + " fell below " + F1_FLOOR);
        assertTrue(r.actorAccuracy() >= ACTOR_FLOOR,
                "actor accuracy " + r.actorAccuracy() + " fell below " + ACTOR_FLOOR);
    }
}
