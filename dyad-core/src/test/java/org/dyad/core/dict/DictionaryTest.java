package org.dyad.core.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.ontology.Cameo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryTest {
    private static final Cameo CAMEO = Cameo.standard();

    private static Path write(Path root, String rel, String text) throws Exception {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void lineReaderSkipsCommentsAndBlankLinesAndKeepsLineNumbers() {
        List<Line> lines = LineReader.lines("# header\n\ncountry AFG Afghanistan  # trailing\n    name  Afghanistan\n", "x.txt");
        assertEquals(2, lines.size());
        assertEquals("country AFG Afghanistan", lines.get(0).text());
        assertEquals(3, lines.get(0).number());
        assertTrue(lines.get(1).indented());
        assertEquals("x.txt:4", lines.get(1).where());
    }

    @Test
    void badLinesAreReportedAsFileLineReason(@TempDir Path dir) throws Exception {
        write(dir, "actors/a.txt", "country PAK Pakistan\n    name Pakistan\n    colour green\n"
                + "person X_Y Someone\n    code PAKGOV 2019-01-01..2018-01-01\n");
        write(dir, "verbs/v.txt", "042  visit TARGET\n999  bogus TARGET\n043 host &NOSUCHSET\n");
        List<Problem> problems = Dictionaries.check(List.of(DictionaryRoot.directory(dir)), CAMEO);
        List<String> text = problems.stream().map(Problem::toString).toList();
        assertTrue(text.contains(dir + "/actors/a.txt:3: field 'colour' is not allowed in a country block "
                + "(allowed: adj, capital, local-adj, local-people, name, note, people, seat, source)"), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.endsWith("actors/a.txt:5: range ends before it begins: "
                + "2019-01-01..2018-01-01")), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.contains("v.txt:2: unknown CAMEO code '999'")), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.contains("v.txt:3: unknown synset &NOSUCHSET")), text.toString());
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> Dictionaries.load(List.of(DictionaryRoot.directory(dir)), CAMEO));
        assertTrue(e.getMessage().contains("v.txt:2"), e.getMessage());
    }

    @Test
    void nonUtf8FilesAreRefusedWithTheirLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("actors/latin1.txt");
        Files.createDirectories(f.getParent());
        Files.write(f, "country CIV Ivory Coast\n    name C\u00f4te d'Ivoire\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Problem> problems = Dictionaries.check(List.of(DictionaryRoot.directory(dir)), CAMEO);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().endsWith("latin1.txt:2: not UTF-8 text"), problems.toString());
    }

    @Test
    void overlappingRangesAreErrors(@TempDir Path dir) throws Exception {
        write(dir, "actors/a.txt", "country AFG Afghanistan\n    name Afghanistan\n"
                + "group TALIBAN Taliban\n    name Taliban\n    code AFGINS ..2021-08-15\n    code AFGGOV 2021-08-15..\n");
        List<Problem> problems = Dictionaries.check(List.of(DictionaryRoot.directory(dir)), CAMEO);
        assertTrue(problems.toString().contains("date ranges overlap"), problems.toString());
    }

    @Test
    void rolesAreBoundedInTime(@TempDir Path dir) throws Exception {
        write(dir, "actors/a.txt", "country AFG Afghanistan\n    name Afghanistan\ncountry USA United States\n    name US\n"
                + "group TALIBAN Taliban\n    name Taliban\n    code AFGINS ..2021-08-14\n    code AFGGOV 2021-08-15..\n"
                + "person MARK_MILLEY Mark Milley\n    name Mark Milley | Milley\n    country USA\n"
                + "    code USAMIL 2019-10-01..2023-09-30 chairman of the Joint Chiefs of Staff\n");
        Dictionaries d = Dictionaries.load(List.of(DictionaryRoot.directory(dir)), CAMEO);
        Actor taliban = d.actors().find(ActorKind.GROUP, "TALIBAN").orElseThrow();
        assertEquals("AFGINS", taliban.codeAt(LocalDate.of(2021, 8, 14)));
        assertEquals("AFGGOV", taliban.codeAt(LocalDate.of(2021, 8, 15)));
        Actor milley = d.actors().find(ActorKind.PERSON, "MARK_MILLEY").orElseThrow();
        assertEquals("USAMIL", milley.codeAt(LocalDate.of(2021, 3, 3)));
        assertEquals("USAELI", milley.codeAt(LocalDate.of(2024, 5, 1)), "a retired general is an elite");
        assertEquals("USA", milley.codeAt(LocalDate.of(2010, 1, 1)), "before any role: the bare country");
    }

    @Test
    void caseRulesForNames(@TempDir Path dir) throws Exception {
        write(dir, "actors/a.txt", "country USA United States\n    name US | United States\n"
                + "country TCD Chad\n    name Chad\nsector GOV government\n    name government\n");
        Dictionaries d = Dictionaries.load(List.of(DictionaryRoot.directory(dir)), CAMEO);
        NameEntry us = d.actors().trie().exact(List.of("us")).get(0);
        assertTrue(ActorDictionary.caseMatches(us, List.of("US"), 0));
        assertFalse(ActorDictionary.caseMatches(us, List.of("us"), 0), "'us' the pronoun is not the US");
        assertFalse(ActorDictionary.caseMatches(us, List.of("Us"), 0));
        NameEntry chad = d.actors().trie().exact(List.of("chad")).get(0);
        assertTrue(ActorDictionary.caseMatches(chad, List.of("CHAD"), 0), "headline capitals");
        assertFalse(ActorDictionary.caseMatches(chad, List.of("chad"), 0));
        NameEntry gov = d.actors().trie().exact(List.of("government")).get(0);
        assertTrue(ActorDictionary.caseMatches(gov, List.of("Government"), 0));
    }

    @Test
    void userDirectoriesLayerOverEarlierOnes(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base");
        Path user = dir.resolve("user");
        write(base, "actors/a.txt", "country PAK Pakistan\n    name Pakistan\n"
                + "group TTP Pakistani Taliban\n    name TTP\n    code PAKINS\n");
        write(user, "actors/b.txt", "group TTP Tehrik-i-Taliban Pakistan\n    name TTP | Tehrik-i-Taliban Pakistan\n"
                + "    code PAKREB\n");
        Dictionaries d = Dictionaries.load(List.of(DictionaryRoot.directory(base), DictionaryRoot.directory(user)), CAMEO);
        assertEquals("PAKREB", d.actors().find(ActorKind.GROUP, "TTP").orElseThrow().codeAt(null));
        assertEquals(1, d.actors().trie().exact(List.of("ttp")).size());
    }

    @Test
    void pressNamesAreNoActorsButAreKnownAsThePress(@TempDir Path dir) throws Exception {
        write(dir, "actors/a.txt", "country NLD Netherlands\n    name Netherlands\n"
                + "press WIRES wires\n    name Zuidpost | Agence Zuid-Presse\n"
                + "press BAD wires with a code\n    name Noordbode\n    code NLDMED\n");
        List<String> text = Dictionaries.check(List.of(DictionaryRoot.directory(dir)), CAMEO).stream()
                .map(Problem::toString).toList();
        assertTrue(text.stream().anyMatch(t -> t.endsWith("a.txt:7: field 'code' is not allowed in a press block "
                + "(allowed: name, note, source)")), text.toString());
        write(dir, "actors/a.txt", "country NLD Netherlands\n    name Netherlands\n"
                + "press WIRES wires\n    name Zuidpost | Agence Zuid-Presse\n");
        Dictionaries d = Dictionaries.load(List.of(DictionaryRoot.directory(dir)), CAMEO);
        assertTrue(d.actors().isPress("ZUIDPOST"));
        assertTrue(d.actors().isPress("Agence Zuid-Presse"));
        assertFalse(d.actors().isPress("Zuid"));
        assertTrue(d.actors().trie().exact(List.of("zuidpost")).isEmpty(), "the press is no actor name");
        assertTrue(d.actors().find(ActorKind.PRESS, "WIRES").isEmpty());
    }

    @Test
    void builtInDictionariesPassTheirOwnCheck() {
        List<Problem> problems = Dictionaries.check(List.of(DictionaryRoot.builtin()), CAMEO);
        List<Problem> errors = problems.stream().filter(p -> !p.warning()).toList();
        assertTrue(errors.isEmpty(), errors.toString());
        Dictionaries d = Dictionaries.load(List.of(DictionaryRoot.builtin()), CAMEO);
        assertTrue(d.actors().ofKind(ActorKind.COUNTRY).size() >= 249, "every ISO 3166 country");
        assertTrue(d.verbs().size() > 500, "verb patterns: " + d.verbs().size());
    }

    @Test
    void patternSyntax() {
        Problems problems = new Problems();
        Synsets syn = Synsets.from(Block.parse(LineReader.lines("synset TROOPS\n    words troops | soldiers\n", "s.txt"),
                problems), problems);
        PatternParser p = new PatternParser(CAMEO, syn, problems);
        Pattern send = p.parse(new Line("v.txt", 1, false, "154  send &TROOPS to|into TARGET"), false);
        assertEquals("154", send.code());
        assertTrue(send.object().contains("soldiers"));
        assertEquals(1, send.slots().size());
        assertTrue(send.hasTarget());
        Pattern receive = p.parse(new Line("v.txt", 2, false, "070  receive aid from SOURCE"), false);
        assertTrue(receive.sourceFromSlot());
        assertTrue(send.specificity() > p.parse(new Line("v.txt", 3, false, "154  send TARGET"), false).specificity());
        assertEquals(null, p.parse(new Line("v.txt", 4, false, "154  send {a} {b}"), false));
        assertEquals(null, p.parse(new Line("v.txt", 5, false, "154  send SOURCE"), false));
        assertEquals(2, problems.errors().size(), problems.all().toString());
    }
}
