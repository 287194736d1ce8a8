package org.dyad.core.dict.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.ConfigException;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.DictionaryRoot;
import org.dyad.core.dict.Discards;
import org.dyad.core.dict.Line;
import org.dyad.core.dict.NameEntry;
import org.dyad.core.dict.Pattern;
import org.dyad.core.dict.Problem;
import org.dyad.core.dict.Slot;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.ontology.Cameo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PETRARCH readers on small dictionaries written for these tests; no models, no shared data. */
class PetrarchDictionariesTest {
    private static final Cameo CAMEO = Cameo.standard();

    private static final String VERBS = String.join("\n",
            "<!-- A test verb dictionary",
            "     over two lines -->",
            "&ARMS",
            "+WEAPON",
            "+HEAVY ARTILLERY   # a phrase: its words in order",
            "",
            "&NEAR_",
            "+AT",
            "+NEAR",
            "",
            "&EVERYTHING",
            "+&ARMS",
            "+TANK_",
            "",
            "--- SEND  [070] ---",
            "SEND {SENT SENDING}",
            "DISPATCH [073]",
            "- * &ARMS (TO +)          [190]  # sent weapons to Ruritania",
            "- * {PEACEKEEPING TROOPS} [---]  # a null code",
            "- + * AID FROM $          [071]",
            "- WILL NOT *              [120]  # words before the verb",
            "- RECENTLY_*              [036]  # a word right before the verb",
            "- * DIPLOMATIC TIES       [064]  # words of the object's noun phrase",
            "- * MEMOS_ON_&EVERYTHING  [111]  # a phrase's words in order",
            "- % *                     [040]  # a compound subject",
            "- * ENVOY                 [042:043]",
            "- * GIFT                  [:050]",
            "- * OFF                   [160]",
            "- * &NEAR CAPITAL         [041]",
            "- * BAD_WORD              [12x!]",
            "",
            "--- SAID [010] ---",
            "SAID",
            "+CALL_OFF [161]",
            "WIRE_+TAP [1711]",
            "~ a (a b ATTACK) SAY = a b 015",
            "- * ROCKETS [1213]",
            "- no verb marker [036]",
            "");

    private static final String ACTORS = String.join("\n",
            "# actors",
            "RURITANIA_ [RUR]",
            "+RURITANIAN",
            "+STRELSAU",
            "AU [IGOAFR]",
            "RUDOLF_RASSENDYLL  ; legacy comment",
            "+KING_RUDOLF",
            "\t[RURELI <950601]",
            "\t[RURGOV 19950601 - 19990815]",
            "\t[RURREB >990816]",
            "OVERRIDDEN_SAM [HOB]",
            "\t[ORCHOB 20100109-20100112]",
            "\t[HOBMIL 20080120-20121109]",
            "NOT_AN_ACTOR [---]",
            "FIRST_NAME_ONLY",
            "SECOND_NAME [ZZZGOV]",
            "TWO_AT_ONCE [AAA/BBB]",
            "BROKEN_DATE",
            "\t[RUR 2004017-20050101]",
            "GRAUSTARK_",
            "\t[GRK <20030320]",
            "\t[GRKOCC 20030321-20060520]",
            "\t[GRK >20060520]",
            "");

    private static final String AGENTS = String.join("\n",
            "!MINST! = MINISTER, MINISTRY",
            "OFFICIAL [~GOV]",
            "POLICE {} [~COP]",
            "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]",
            "!MINST!_OF_WAR [~MIL]",
            "RELIEF_AGENCY [NGO~]",
            "NO_CODE [GOV]",
            "");

    private static final String DISCARDS = String.join("\n",
            "# sentence discards, and story discards with '+'",
            "BASEBALL",
            "+WORLD_CUP  ; legacy comment",
            "");

    private static Path dictionaries(Path dir) throws Exception {
        Files.writeString(dir.resolve("test.verbs.txt"), VERBS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("test.actors.txt"), ACTORS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("test.agents.txt"), AGENTS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("test.discards.txt"), DISCARDS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.xml"), "<not a dictionary/>", StandardCharsets.UTF_8);
        return dir;
    }

    private static PetrarchDictionaries.Loaded load(Path dir, PetrarchDictionaries.Codes codes) throws Exception {
        return PetrarchDictionaries.load(List.of(dictionaries(dir)), null, CAMEO, codes);
    }

    private static Pattern only(List<Pattern> ps, String code) {
        // An inflected entry ("SAID") also gives each pattern a copy for that word form; the copies are checked apart.
        List<Pattern> found = ps.stream().filter(p -> p.code().equals(code) && p.form() == null).toList();
        assertEquals(1, found.size(), code + " in " + ps);
        return found.get(0);
    }

    @Test
    void commentsInEveryStyleAreSkippedAndLinesKeepTheirNumbers() {
        List<Line> lines = SourceLines.lines("<!-- one\n two -->\nA [B] # c\n\tD [###] ; e\n<! -- f -->G\n", "x.txt");
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("A [B]", lines.get(0).text());
        assertEquals(3, lines.get(0).number());
        assertEquals("D [###]", lines.get(1).text(), "'#' inside a code is not a comment");
        assertTrue(lines.get(1).indented());
        assertEquals("G", lines.get(2).text());
    }

    @Test
    void verbBlocksBecomePatternsWithTheirProvenance(@TempDir Path dir) throws Exception {
        PetrarchDictionaries.Loaded l = load(dir, PetrarchDictionaries.Codes.KEEP);
        List<Pattern> send = l.dictionaries().verbs().patterns("send");
        Pattern arms = only(send, "190");
        assertNull(arms.object(), "the object's words are matched in its noun phrase, not as its head");
        org.dyad.core.dict.WordSet armsSet = arms.objectWords().parts().get(0).words();
        assertTrue(armsSet.contains("weapon") && armsSet.contains("weapons"), "plurals are formed");
        assertTrue(armsSet.phrases().contains(List.of("heavy", "artillery")), "a phrase keeps all its words");
        assertFalse(arms.objectIsTarget());
        assertEquals(List.of(new Slot(java.util.Set.of("to"), Slot.Role.TARGET, null)), arms.slots());
        assertTrue(arms.rule().endsWith("test.verbs.txt:18"), arms.rule());
        Pattern aid = only(send, "071");
        assertTrue(aid.sourceFromSlot(), "'+ * … FROM $': the subject is the target, the source comes from 'from'");
        assertEquals("043", only(send, "042").reverseCode(), "a code pair: the target's act on the source");
        assertTrue(send.stream().noneMatch(p -> p.code().equals("050")), "reverse-only codes are left out");
        Pattern willNot = only(send, "120");
        assertEquals("will..not", willNot.before().text(), "words before the verb, others may come between");
        assertFalse(willNot.before().endsAdjacent());
        assertTrue(only(send, "036").before().endsAdjacent(), "'RECENTLY_*': right before the verb");
        assertTrue(only(send, "040").mutual(), "'% *': a compound subject acting on itself");
        Pattern ties = only(send, "064");
        assertEquals("diplomatic..ties", ties.objectWords().text());
        Pattern memos = only(send, "111");
        assertEquals("memos", memos.objectWords().text());
        assertEquals("&EVERYTHING", memos.slots().get(0).phrase().text(), "a phrase's words are checked in its noun phrase");
        Pattern near = only(send, "041");
        assertEquals(java.util.Set.of("at", "near"), near.slots().get(0).preps(), "a word set of prepositions");
        assertEquals("capital", near.slots().get(0).phrase().text());
        Pattern fallback = only(send, "070");
        assertNull(fallback.object());
        assertTrue(fallback.slots().isEmpty());
        assertTrue(send.indexOf(fallback) > send.indexOf(arms), "the verb's own code is tried last");
        assertEquals("073", only(l.dictionaries().verbs().patterns("dispatch"), "073").code(), "a verb's own code");
        assertEquals("190", only(l.dictionaries().verbs().patterns("dispatch"), "190").code(), "block patterns apply to every verb");
        assertFalse(l.dictionaries().verbs().patterns("send_off").isEmpty(), "a particle joins the verb");
        assertFalse(l.dictionaries().verbs().patterns("say").isEmpty(), "'SAID' is the verb 'say'");
        assertEquals("said", l.dictionaries().verbs().patterns("say").get(0).form(),
                "'SAID': its patterns are tried first for the form 'said'");
        assertTrue(send.stream().allMatch(p -> p.form() == null), "'SEND {SENT SENDING}' is a base form");
        assertFalse(l.dictionaries().verbs().patterns("call_off").isEmpty(), "a verb of two words");
        assertTrue(l.dictionaries().verbs().patterns("tap").isEmpty(), "a word before the verb cannot be checked");
        assertTrue(l.dictionaries().synsets().find("EVERYTHING").orElseThrow().contains("weapon"), "nested word sets");
        assertTrue(l.dictionaries().synsets().find("EVERYTHING").orElseThrow().contains("tank"));
        assertFalse(l.dictionaries().synsets().find("NEAR").orElseThrow().contains("ats"), "'&NAME_': no plurals");
        String summary = String.join("\n", l.summary());
        assertTrue(summary.contains("transformations"), summary);
        assertTrue(summary.contains("verbs with words before them"), summary);
    }

    @Test
    void badLinesAreWarningsWithFileAndLine(@TempDir Path dir) throws Exception {
        PetrarchDictionaries.Loaded l = load(dir, PetrarchDictionaries.Codes.KEEP);
        List<String> w = l.dictionaries().warnings().stream().map(Problem::toString).toList();
        assertTrue(w.stream().anyMatch(s -> s.endsWith("test.verbs.txt:30: warning: '12x!' is not an event code")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.endsWith("test.verbs.txt:38: warning: a pattern needs the verb marker '*'")),
                w.toString());
        assertTrue(w.stream().anyMatch(s -> s.contains("test.actors.txt:19: warning: a date is YYYYMMDD or YYMMDD")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.contains("test.agents.txt:7: warning: an agent code has '~'")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.contains("test.actors.txt:17: warning: 'AAA/BBB' names several actors")),
                w.toString());
    }

    @Test
    void codesOutsideCameoAreMappedOrKept(@TempDir Path dir) throws Exception {
        PetrarchDictionaries.Loaded mapped = load(Files.createDirectories(dir.resolve("a")),
                PetrarchDictionaries.Codes.CAMEO);
        assertEquals("121", only(mapped.dictionaries().verbs().patterns("say"), "121").code(), "1213 → its ancestor 121");
        assertFalse(mapped.cameo().contains("1213"));
        PetrarchDictionaries.Loaded kept = load(Files.createDirectories(dir.resolve("b")),
                PetrarchDictionaries.Codes.KEEP);
        assertEquals("1213", only(kept.dictionaries().verbs().patterns("say"), "1213").code());
        assertTrue(kept.cameo().contains("1213"));
        assertEquals(CAMEO.get("121").goldstein(), kept.cameo().get("1213").goldstein(), "its ancestor's Goldstein value");
        assertFalse(CAMEO.contains("1213"), "the standard ontology is not changed");
    }

    @Test
    void actorsKeepTheirDateRestrictionsInFileOrder(@TempDir Path dir) throws Exception {
        ActorDictionary a = load(dir, PetrarchDictionaries.Codes.KEEP).dictionaries().actors();
        Actor rur = a.country("RUR").orElseThrow();
        for (String name : List.of("ruritania", "ruritanian", "strelsau")) {
            assertEquals(rur, a.trie().exact(List.of(name)).get(0).actor(), name);
        }
        Actor rudolf = a.find(ActorKind.ORG, "RUDOLF_RASSENDYLL").orElseThrow();
        assertEquals("RURELI", rudolf.codeAt(LocalDate.of(1995, 6, 1)), "'<date' includes its day");
        assertEquals("RURGOV", rudolf.codeAt(LocalDate.of(1999, 8, 15)));
        assertEquals("RURREB", rudolf.codeAt(LocalDate.of(1999, 8, 16)), "'>990816' is 1999");
        assertEquals(rudolf, a.trie().exact(List.of("king", "rudolf")).get(0).actor());
        Actor sam = a.find(ActorKind.ORG, "OVERRIDDEN_SAM").orElseThrow();
        assertEquals("ORCHOB", sam.codeAt(LocalDate.of(2010, 1, 10)), "the first restriction that holds wins");
        assertEquals("HOBMIL", sam.codeAt(LocalDate.of(2010, 1, 13)));
        assertEquals("HOB", sam.codeAt(LocalDate.of(2015, 1, 1)), "the default");
        assertEquals(NameEntry.Use.BLOCK, a.trie().exact(List.of("not", "an", "actor")).get(0).use());
        assertEquals("ZZZGOV", a.trie().exact(List.of("first", "name", "only")).get(0).actor().codeAt(null),
                "a phrase without a code just above another entry is another name of it");
        assertEquals("AAA", a.trie().exact(List.of("two", "at", "once")).get(0).actor().codeAt(null));
        NameEntry au = a.trie().exact(List.of("au")).get(0);
        assertTrue(ActorDictionary.caseMatches(au, List.of("AU"), 0));
        assertFalse(ActorDictionary.caseMatches(au, List.of("au"), 0), "a short one-word name is an acronym");
        NameEntry ruritania = a.trie().exact(List.of("ruritania")).get(0);
        assertTrue(ActorDictionary.caseMatches(ruritania, List.of("Ruritania"), 0), "other names match in any case");
    }

    @Test
    void aCountryWhoseCodeChangesIsStillACountry(@TempDir Path dir) throws Exception {
        ActorDictionary a = load(dir, PetrarchDictionaries.Codes.KEEP).dictionaries().actors();
        Actor g = a.trie().exact(List.of("graustark")).get(0).actor();
        assertEquals(ActorKind.COUNTRY, g.kind(), "IRAQ_ in Phoenix: IRQ, IRQOCC, IRQ by date");
        assertEquals("GRK", g.country());
        assertEquals("GRKOCC", g.codeAt(LocalDate.of(2004, 9, 25)));
        assertEquals("GRK", g.codeAt(LocalDate.of(2010, 1, 1)));
    }

    @Test
    void agentsAreRoleWordsWithPlurals(@TempDir Path dir) throws Exception {
        ActorDictionary a = load(dir, PetrarchDictionaries.Codes.KEEP).dictionaries().actors();
        assertEquals("GOV", a.trie().exact(List.of("official")).get(0).role());
        assertEquals("GOV", a.trie().exact(List.of("officials")).get(0).role(), "regular plural");
        assertEquals("COP", a.trie().exact(List.of("police")).get(0).role());
        assertTrue(a.trie().exact(List.of("polices")).isEmpty(), "'{}': no plural");
        assertEquals("JUD", a.trie().exact(List.of("attorneys", "general")).get(0).role(), "plural given in braces");
        assertEquals("MIL", a.trie().exact(List.of("ministry", "of", "war")).get(0).role(), "substitution set");
        assertEquals("MIL", a.trie().exact(List.of("minister", "of", "war")).get(0).role());
        NameEntry relief = a.trie().exact(List.of("relief", "agency")).get(0);
        assertNotNull(relief.actor(), "a prefix agent is an actor of its own");
        assertEquals("NGO", relief.actor().codeAt(null));
        assertEquals(NameEntry.Use.ROLE, a.trie().exact(List.of("official")).get(0).use());
    }

    @Test
    void discardsBySentenceAndStory(@TempDir Path dir) throws Exception {
        Discards d = load(dir, PetrarchDictionaries.Codes.KEEP).dictionaries().discards();
        Discards.Entry baseball = d.trie().exact(List.of("baseball")).get(0);
        assertFalse(baseball.wholeDocument());
        assertTrue(baseball.rule().endsWith("test.discards.txt:2"), baseball.rule());
        assertTrue(d.trie().exact(List.of("world", "cup")).get(0).wholeDocument());
    }

    @Test
    void layeredOverDyadsOwnDictionaries(@TempDir Path dir) throws Exception {
        Path dyad = dir.resolve("dyad");
        Files.createDirectories(dyad.resolve("actors"));
        Files.createDirectories(dyad.resolve("verbs"));
        Files.writeString(dyad.resolve("actors/a.txt"), "country RUR Ruritania\n    name Ruritania | Ruritania Land\n");
        Files.writeString(dyad.resolve("verbs/v.txt"), "042  visit TARGET\n");
        Dictionaries base = Dictionaries.load(List.of(DictionaryRoot.directory(dyad)), CAMEO);
        Path p = Files.createDirectories(dir.resolve("petrarch"));
        Dictionaries d = PetrarchDictionaries.load(List.of(dictionaries(p)), base, CAMEO,
                PetrarchDictionaries.Codes.CAMEO).dictionaries();
        assertFalse(d.verbs().patterns("visit").isEmpty(), "Dyad's patterns stay");
        assertFalse(d.verbs().patterns("send").isEmpty(), "PETRARCH's are added");
        Actor rur = d.actors().country("RUR").orElseThrow();
        assertEquals(base.actors().country("RUR").orElseThrow(), rur, "the same country is one actor");
        assertEquals(rur, d.actors().trie().exact(List.of("strelsau")).get(0).actor());
        assertFalse(d.actors().trie().exact(List.of("ruritania", "land")).isEmpty());
    }

    @Test
    void aDirectoryWithoutDictionariesIsAConfigurationError(@TempDir Path dir) {
        assertThrows(ConfigException.class,
                () -> PetrarchDictionaries.load(List.of(dir), null, CAMEO, PetrarchDictionaries.Codes.CAMEO));
        assertThrows(ConfigException.class, () -> PetrarchDictionaries.load(List.of(dir.resolve("missing")), null, CAMEO,
                PetrarchDictionaries.Codes.CAMEO));
    }

    @Test
    void verbFormsGiveTheirLemmas() {
        assertTrue(VerbForms.lemmas("SAID").contains("say"));
        assertTrue(VerbForms.lemmas("eased").contains("ease"));
        assertTrue(VerbForms.lemmas("repelled").contains("repel"));
        assertTrue(VerbForms.lemmas("denied").contains("deny"));
        assertEquals(java.util.Set.of("wound"), VerbForms.lemmas("wound"), "'wound' is a verb of its own");
        assertTrue(VerbForms.plurals("tie").contains("ties"));
        assertTrue(VerbForms.plurals("ministry").contains("ministries"));
        assertTrue(VerbForms.plurals("PRESS").contains("PRESSES"));
    }
}
