package org.dyad.core.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CameoTest {
    private final Cameo cameo = Cameo.standard();

    @Test
    void rootNumberReadsTheFirstTwoDigitsAndZeroForAnythingElse() {
        assertEquals(16, CameoCode.rootNumber("163"));
        assertEquals(1, CameoCode.rootNumber("010"));
        assertEquals(20, CameoCode.rootNumber("20"));
        assertEquals(8, CameoCode.rootNumber("0871"));
        assertEquals(0, CameoCode.rootNumber(""));
        assertEquals(0, CameoCode.rootNumber("1"));
        assertEquals(0, CameoCode.rootNumber("---"));
        assertEquals(0, CameoCode.rootNumber("1-"));
    }

    @Test
    void hasEveryCodeWithQuadClassAndPlover() {
        assertEquals(311, cameo.size());
        assertEquals(1, cameo.get("042").quadClass());
        assertEquals(2, cameo.get("0841").quadClass());
        assertEquals(3, cameo.get("1384").quadClass());
        assertEquals(4, cameo.get("190").quadClass());
        assertEquals(-10.0, cameo.get("200").goldstein());
        assertNull(cameo.get("010").plover(), "PLOVER has no statements");
        assertEquals("REQUEST", cameo.get("0234").plover(), "appeals are requests");
        assertEquals("SANCTION", cameo.get("161").plover());
        assertEquals("COERCE", cameo.get("163").plover());
        assertEquals("ASSAULT", cameo.get("195").plover());
        assertEquals("RETREAT", cameo.get("0871").plover());
        for (CameoCode c : cameo.all()) {
            assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code());
            assertTrue(!c.name().isBlank(), c.code());
            if (!c.code().startsWith("01")) {
                assertTrue(c.plover() != null, "no PLOVER category for " + c.code());
            }
        }
    }

    /** The built-in table agrees with the published Goldstein scale, when the shared data is present. */
    @Test
    void agreesWithSharedGoldsteinScale() throws Exception {
        var found = org.dyad.core.testing.SharedData.find("cameo/CAMEO.goldsteinscale.txt");
        Assumptions.assumeTrue(found.isPresent(), "../shared is absent");
        Path f = found.get();
        Map<String, Double> published = new HashMap<>();
        for (String line : Files.readAllLines(f)) {
            String[] p = line.trim().split("\\s+");
            if (p.length == 2 && Character.isDigit(p[0].charAt(0))) {
                published.put(p[0], Double.parseDouble(p[1]));
            }
        }
        assertEquals(published.size(), cameo.size());
        for (Map.Entry<String, Double> e : published.entrySet()) {
            assertEquals(e.getValue(), cameo.get(e.getKey()).goldstein(), 1e-9, e.getKey());
        }
    }
}
