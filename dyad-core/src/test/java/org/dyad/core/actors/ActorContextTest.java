package org.dyad.core.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.dict.ActorDictionaryLoader;
import org.dyad.core.dict.Block;
import org.dyad.core.dict.LineReader;
import org.dyad.core.dict.NameEntry;
import org.dyad.core.dict.Problem;
import org.dyad.core.dict.Problems;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Document;
import org.dyad.core.model.Sentence;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Actor readings that depend on the date, the document's country, titles and residence; no models. */
class ActorContextTest {
    private static final String DICT = """
            country SDN Sudan
                name     Sudan
                adj      Sudanese
                capital  Khartoum
                name     Juba  ..2011-07-08
            country SSD South Sudan
                name     South Sudan
                capital  Juba  2011-07-09..
            country USA United States
                name     United States
            country PER Peru
                name     Peru
                capital  Lima
            country ALB Albania
                name     Albania
                people   Albanians
            country PAK Pakistan
                name     Pakistan
            sector GOV government
                name     minister | officials
            sector CVL civilians
                name     civilians
            modifier FORMER former office holder
                name     former
                code     ELI
            org USA_CONGRESS US Congress
                name     Congress | US Congress
                country  USA
                code     USALEG
            org PER_CONGRESS Congress of Peru
                name     Peruvian Congress
                local    Congress
                country  PER
                code     PERLEG
            person SHERPAO Aftab Sherpao
                name     Aftab Sherpao
                country  PAK
                code     PAKGOV  2004-08-23..2007-11-15  interior minister
            """;

    private static ActorDictionary load(String text, Problems problems) {
        ActorDictionaryLoader loader = new ActorDictionaryLoader(problems);
        loader.add(Block.parse(LineReader.lines(text, "t.txt"), problems));
        return loader.build();
    }

    private static ActorDictionary dict() {
        Problems p = new Problems();
        ActorDictionary d = load(DICT, p);
        assertEquals(List.of(), p.all());
        return d;
    }

    private static PhraseMatcher.Found only(List<PhraseMatcher.Found> found, String word) {
        for (PhraseMatcher.Found f : found) {
            if (f.entry().words().get(0).equals(word)) {
                return f;
            }
        }
        throw new AssertionError("no phrase '" + word + "' in " + found);
    }

    @Test
    void aPlaceNamesTheCountryItBelongedToOnTheDate() {
        PhraseMatcher m = new PhraseMatcher(dict());
        Sentence s = Tokens.sentence("Sudanese rebels shelled Juba .");
        NameEntry before = only(m.find(s, LocalDate.of(1992, 6, 10), null), "Juba").entry();
        assertEquals("SDN", before.actor().id());
        assertEquals(NameEntry.Use.NAME, before.use());
        NameEntry after = only(m.find(s, LocalDate.of(2011, 7, 9), null), "Juba").entry();
        assertEquals("SSD", after.actor().id());
        assertEquals(NameEntry.Use.CAPITAL, after.use());
        // On no date, only forms that still hold.
        assertEquals("SSD", only(m.find(s), "Juba").entry().actor().id());
    }

    @Test
    void datedFormsAreCheckedLikeCodeRanges() {
        Problems p = new Problems();
        load("""
                country SSD South Sudan
                    capital  Juba  2012..2011
                country SDN Sudan
                    name     Sudan | Khartoum  1956..2011-07-08
                org X_CONGRESS Congress
                    local    Congress
                    code     IGOUNO
                """, p);
        List<String> text = p.all().stream().map(Problem::toString).toList();
        assertTrue(text.stream().anyMatch(t -> t.contains("t.txt:2: range ends before it begins: 2012..2011")), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.contains("t.txt:6: a local name needs the actor's country")), text.toString());
        assertEquals(2, p.all().size(), text.toString());
    }

    @Test
    void aLocalNameIsReadOnlyInADocumentAboutItsCountry() {
        PhraseMatcher m = new PhraseMatcher(dict());
        Sentence s = Tokens.sentence("Congress rejected the budget .");
        PhraseMatcher.Found us = only(m.find(s, null, null), "Congress");
        assertEquals("USA_CONGRESS", us.entry().actor().id());
        assertTrue(us.contested());
        assertEquals("USA_CONGRESS", only(m.find(s, null, "USA"), "Congress").entry().actor().id());
        assertEquals("PER_CONGRESS", only(m.find(s, null, "PER"), "Congress").entry().actor().id());
        assertFalse(only(m.find(Tokens.sentence("Peruvian Congress met ."), null, "PER"), "Peruvian").contested());
    }

    @Test
    void theDocumentIsAboutTheCountryItsNamesCountMost() {
        PhraseMatcher m = new PhraseMatcher(dict());
        List<PhraseMatcher.Found> a = m.find(Tokens.sentence("Peru and the United States met in Lima ."));
        List<PhraseMatcher.Found> b = m.find(Tokens.sentence("Congress rejected it ."));
        assertEquals("PER", DocumentCountry.of(List.of(a, b), null));
        // "Congress" itself does not count for the US: a tie names no country.
        List<PhraseMatcher.Found> c = m.find(Tokens.sentence("Peru and the United States met ."));
        assertNull(DocumentCountry.of(List.of(c, b), null));
    }

    @Test
    void aTitleGivesAnOfficeOnlyWhereThePersonsEntryGivesNone() {
        ActorDictionary d = dict();
        Offices offices = new Offices(d);
        Actor sherpao = d.find(ActorKind.PERSON, "SHERPAO").orElseThrow();
        ActorMention person = new ActorMention(0, 3, 5, 4, sherpao, null, Form.NAME, "Aftab Sherpao", "t.txt:40");
        assertTrue(Offices.officeless(person, LocalDate.of(2000, 1, 1)));
        assertFalse(Offices.officeless(person, LocalDate.of(2005, 1, 1)));
        assertFalse(Offices.officeless(person.withActor(sherpao, "ELI", Form.NAME, ""), LocalDate.of(2000, 1, 1)));
        ActorMention minister = new ActorMention(0, 1, 2, 1, null, "GOV", Form.ROLE, "Minister", "t.txt:20");
        Offices.Office o = offices.of(sherpao, minister);
        assertEquals("PAKGOV", new ActorMention(0, 1, 5, 1, o.actor(), o.role(), o.form(), "x", "r").codeAt(null));
        ActorMention former = new ActorMention(0, 1, 2, 1, null, "ELI", Form.ROLE, "former minister", "t.txt:20");
        assertNull(offices.of(sherpao, former));
        ActorMention congress = new ActorMention(0, 1, 2, 1, d.find(ActorKind.ORG, "USA_CONGRESS").orElseThrow(), null,
                Form.NAME, "Congress", "t.txt:30");
        assertEquals("USA_CONGRESS", offices.of(null, congress).actor().id());
        ActorMention unknown = new ActorMention(0, 0, 2, 1, null, null, Form.UNKNOWN, "John Smith", "ner:person");
        assertTrue(Offices.officeless(unknown, null));
    }

    @Test
    void ethnicPeoplesAreCiviliansNotTheStateOfTheirName() {
        ActorStage stage = new ActorStage(dict());
        List<ActorMention> ms = stage.mentions(Tokens.sentence("Up to 100 ethnic Albanians marched ."));
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("ethnic Albanians", ms.get(0).text());
        assertEquals("---CVL", ms.get(0).codeAt(null));
        List<ActorMention> plain = stage.mentions(Tokens.sentence("Albanians marched ."));
        assertEquals("ALB", plain.get(0).codeAt(null));
    }

    @Test
    void theActorStageRecordsTheDatelineTheLaterStagesRead() {
        ActorStage stage = new ActorStage(dict(), new PlaceCountries() {
            @Override
            public String countryOf(String name) {
                return name.equals("CUSCO") ? "PER" : null;
            }

            @Override
            public boolean hasCity(String name, String iso3) {
                return false;
            }
        });
        Analysis capital = stage.apply(analysis("LIMA , March 18 — The minister said ."));
        assertEquals("PER", capital.filedFrom());
        assertEquals("LIMA", capital.dateline().text());
        Analysis town = stage.apply(analysis("CUSCO , March 18 — The minister said ."));
        assertEquals("PER", town.filedFrom());
        assertTrue(town.dateline().rule().contains("gazetteer"), town.dateline().rule());
        assertNull(stage.apply(analysis("The minister said in Lima .")).filedFrom());
    }

    private static Analysis analysis(String text) {
        Sentence s = Tokens.sentence(text);
        return Analysis.of(new Document("d", null, text, LocalDate.of(2020, 3, 18), null, null, "test"))
                .withSentences(List.of(s));
    }
}
