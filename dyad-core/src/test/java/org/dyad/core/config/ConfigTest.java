package org.dyad.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    @Test
    void defaultsApplyUntilSet() {
        Config c = Config.defaults();
        assertEquals(0, c.get(Keys.NLP_THREADS));
        assertEquals(List.of(), c.get(Keys.DICT_PATH));
        Config d = Config.builder().set("nlp.threads", "2").set("input.default-date", "2023-12-28")
                .set("dict.path", "a, b").build();
        assertEquals(2, d.get(Keys.NLP_THREADS));
        assertEquals(LocalDate.of(2023, 12, 28), d.get(Keys.INPUT_DEFAULT_DATE).orElseThrow());
        assertEquals(List.of("a", "b"), d.get(Keys.DICT_PATH));
    }

    @Test
    void unknownKeysAndBadValuesAreErrors() {
        ConfigException e = assertThrows(ConfigException.class, () -> Config.builder().set("nlp.thread", "2"));
        assertTrue(e.getMessage().contains("unknown configuration key 'nlp.thread'"), e.getMessage());
        assertThrows(ConfigException.class, () -> Config.builder().set("nlp.threads", "-1"));
        assertThrows(ConfigException.class, () -> Config.builder().set("input.default-date", "28/12/2023"));
        assertThrows(ConfigException.class, () -> Config.builder().set("clean.language-check", "maybe"));
        assertThrows(ConfigException.class, () -> Config.builder().setPair("no-equals-sign"));
    }

    @Test
    void loadsPropertiesFilesAndNamesTheFileInErrors(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("ok.properties");
        Files.writeString(ok, "# comment\nnlp.threads=3\ncoder.min-confidence=0.5\n");
        Config c = Config.builder().load(ok).build();
        assertEquals(3, c.get(Keys.NLP_THREADS));
        assertEquals(0.5, c.get(Keys.CODER_MIN_CONFIDENCE));
        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "nlp.threads=3\nstore.dbb=x.duckdb\n");
        ConfigException e = assertThrows(ConfigException.class, () -> Config.builder().load(bad));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    }
}
