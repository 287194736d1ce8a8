package org.dyad.core.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.DictionaryRoot;
import org.dyad.core.dict.NameEntry;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Sentence;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.parse.Graph;
import org.dyad.core.testing.Parses;
import org.dyad.core.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Readings of actor words that depend on what they belong to: acronyms with several readings,
 * titles of companies, companies and airlines named with a country word, litigants called
 * "parties", and descriptions of one person in coreference. No models.
 */
class ActorReadingsTest {
    private static final LocalDate DAY = LocalDate.of(2018, 3, 1);
    private static final String DICT = """
            country SYR Syria
                name     Syria
                adj      Syrian
            country JPN Japan
                name     Japan
                adj      Japanese
            country TUR Turkey
                name     Turkey
                adj      Turkish
            country QAT Qatar
                name     Qatar
                adj      Qatari
            country KEN Kenya
                name     Kenya
                adj      Kenyan
            country IRQ Iraq
                name     Iraq
                adj      Iraqi
            group FSA Free Syrian Army
                name     Free Syrian Army
                local    FSA
                country  SYR
                code     SYRREB
            org JPN_FSA Financial Services Agency
                name     Financial Services Agency
                local    FSA
                country  JPN
                code     JPNGOV
            sector GOV government
                name     president | minister | officials | sides
            sector PTY party
                name     party | parties
            sector BUS business
                name     company | airline | flag carrier
            sector ELI elites
                name     cleric
            person KENYATTA Uhuru Kenyatta
                name     Uhuru Kenyatta | Kenyatta
                country  KEN
                code     KENGOV
            """;

    private static PhraseMatcher.Found fsa(List<PhraseMatcher.Found> found) {
        for (PhraseMatcher.Found f : found) {
            if (f.entry().words().equals(List.of("FSA"))) {
                return f;
            }
        }
        throw new AssertionError("no FSA in " + found);
    }

    @Test
    void anAcronymWithOnlyLocalReadingsIsDecidedByTheDocument() {
        PhraseMatcher m = new PhraseMatcher(Parses.actors(DICT));
        Sentence s = Tokens.sentence("The FSA ordered the exchange to improve .");
        PhraseMatcher.Found none = fsa(m.find(s, DAY, null));
        assertNull(none.entry().actor(), "neither country: no actor");
        assertEquals(NameEntry.Use.BLOCK, none.entry().use());
        assertTrue(none.contested());
        assertEquals("JPN_FSA", fsa(m.find(s, DAY, "JPN")).entry().actor().id());
        assertEquals("FSA", fsa(m.find(s, DAY, "SYR")).entry().actor().id());
        assertNull(fsa(m.find(s, DAY, "TUR")).entry().actor());
        // Named in full elsewhere in a story about Turkey: the army.
        assertEquals("FSA", fsa(m.find(s, DAY, "TUR", Set.of("GROUP:FSA"))).entry().actor().id());
    }

    @Test
    void theDocumentNamesActorsByTheirUncontestedNames() {
        PhraseMatcher m = new PhraseMatcher(Parses.actors(DICT));
        List<PhraseMatcher.Found> a = m.find(Tokens.sentence("Turkey and the Free Syrian Army attacked ."));
        List<PhraseMatcher.Found> b = m.find(Tokens.sentence("The FSA took a village ."));
        Set<String> named = DocumentCountry.named(List.of(a, b));
        assertTrue(named.contains("GROUP:FSA"), named.toString());
        assertFalse(named.contains("ORG:JPN_FSA"), named.toString());
    }

    @Test
    void builtInAcronymsWithSeveralReadingsAreLocal() {
        ActorDictionary d = Dictionaries.load(List.of(DictionaryRoot.builtin()), Cameo.standard()).actors();
        PhraseMatcher m = new PhraseMatcher(d);
        for (String acronym : new String[] {"FSA", "SDF", "RSF", "ANC", "NLD"}) {
            List<PhraseMatcher.Found> found = m.find(Tokens.sentence("The " + acronym + " said it would act ."), DAY, null);
            assertTrue(found.stream().allMatch(f -> f.entry().actor() == null), acronym + ": " + found);
        }
        assertEquals("JPN_FSA", fsa(m.find(Tokens.sentence("The FSA said ."), DAY, "JPN")).entry().actor().id());
        assertEquals("FSA", fsa(m.find(Tokens.sentence("The FSA said ."), DAY, "SYR")).entry().actor().id());
    }

    @Test
    void aSharedTitleOfACompanyIsBusiness() {
        ActorStage stage = new ActorStage(Parses.actors(DICT));
        Sentence klm = Parses.sentence("KLM/NNP/KLM/ORGANIZATION president/NNP Pieter/NNP//PERSON Elbers/NNP//PERSON said/VBD",
                "compound 1 0", "compound 3 1", "compound 3 2", "nsubj 4 3");
        assertEquals("---BUS", Parses.mention(stage.mentions(klm), "KLM president Pieter Elbers").codeAt(DAY));
        Sentence of = Parses.sentence("the/DT president/NN of/IN Coincheck/NNP/Coincheck/ORGANIZATION resigned/VBD",
                "det 1 0", "nmod 1 3", "case 3 2", "nsubj 4 1");
        assertEquals("---BUS", Parses.mention(stage.mentions(of), "president").codeAt(DAY));
        // A club's president is no actor; a state body's president or a minister stays the state's.
        Sentence club = Parses.sentence("Rotary/NNP/Rotary/ORGANIZATION Club/NNP/Club/ORGANIZATION president/NN said/VBD",
                "compound 2 0", "compound 2 1", "nsubj 3 2");
        assertTrue(stage.mentions(club).stream().noneMatch(m -> "BUS".equals(m.role()) || "GOV".equals(m.role())),
                stage.mentions(club).toString());
        Sentence minister = Parses.sentence("Herald/NNP/Herald/ORGANIZATION minister/NN said/VBD", "compound 1 0", "nsubj 2 1");
        assertEquals("---GOV", Parses.mention(stage.mentions(minister), "minister").codeAt(DAY));
        Sentence ministry = Parses.sentence("Justice/NNP//ORGANIZATION Ministry/NNP//ORGANIZATION president/NN",
                "compound 2 1", "compound 1 0");
        assertNull(OrganisationTitles.of(ministry, Graph.basic(ministry), 2, 3, 2, k -> false));
    }

    @Test
    void businessesNamedWithACountryWordAreTheCountrysBusiness() {
        ActorStage stage = new ActorStage(Parses.actors(DICT));
        assertEquals("QATBUS", Parses.mention(stage.mentions(Parses.sentence("the/DT Qatari/JJ airline/NN said/VBD",
                "det 2 0", "amod 2 1", "nsubj 3 2")), "Qatari airline").codeAt(DAY));
        Sentence rail = Parses.sentence("Japanese/JJ/japanese/ORGANIZATION Rail/NN/rail/ORGANIZATION chief/NN said/VBD",
                "amod 1 0", "compound 2 1", "nsubj 3 2");
        assertEquals("JPNBUS", Parses.mention(stage.mentions(rail), "Japanese Rail").codeAt(DAY));
        // A country word in an organisation's name with no word of business stays the country.
        assertNull(CompanyNames.around(Parses.sentence("Japanese/JJ//ORGANIZATION Red/NNP//ORGANIZATION "
                + "Cross/NNP//ORGANIZATION"), 0, 1, k -> false));
    }

    @Test
    void litigantsAreNotAPoliticalParty() {
        ActorStage stage = new ActorStage(Parses.actors(DICT));
        Sentence settle = Parses.sentence("the/DT parties/NNS agreed/VBD to/TO settle/VB the/DT lawsuit/NN",
                "det 1 0", "nsubj 2 1", "xcomp 2 4", "mark 4 3", "obj 4 6", "det 6 5");
        assertTrue(stage.mentions(settle).stream().noneMatch(m -> "PTY".equals(m.role())));
        Sentence to = Parses.sentence("both/DT parties/NNS to/IN the/DT contract/NN met/VBD",
                "det 1 0", "nmod 1 4", "case 4 2", "det 4 3", "nsubj 5 1");
        assertTrue(Litigants.notParty(to, Graph.basic(to), 1, 2, 1, Litigants.Context.UNKNOWN));
        // Politics: the party stays a party, even beside a legal suit.
        Sentence vote = Parses.sentence("the/DT parties/NNS agreed/VBD on/IN a/DT coalition/NN",
                "det 1 0", "nsubj 2 1", "obl 2 5", "case 5 3", "det 5 4");
        assertEquals("---PTY", Parses.mention(stage.mentions(vote), "parties").codeAt(DAY));
        Sentence suit = Parses.sentence("the/DT party/NN will/MD file/VB a/DT legal/JJ suit/NN",
                "det 1 0", "nsubj 3 1", "aux 3 2", "obj 3 6", "det 6 4", "amod 6 5");
        assertFalse(Litigants.notParty(suit, Graph.basic(suit), 1, 2, 1, new Litigants.Context(true, true)));
        assertTrue(Litigants.notParty(suit, Graph.basic(suit), 1, 2, 1, new Litigants.Context(false, true)));
        Sentence sides = Parses.sentence("the/DT two/CD sides/NNS agreed/VBD to/TO extend/VB the/DT contract/NN",
                "det 2 0", "nummod 2 1", "nsubj 3 2", "xcomp 3 5", "mark 5 4", "obj 5 7", "det 7 6");
        assertTrue(stage.mentions(sides).stream().noneMatch(m -> "GOV".equals(m.role())), "contract sides");
        Sentence ceasefire = Parses.sentence("the/DT two/CD sides/NNS agreed/VBD to/TO a/DT ceasefire/NN",
                "det 2 0", "nummod 2 1", "nsubj 3 2", "obl 3 6", "case 6 4", "det 6 5");
        assertEquals("---GOV", Parses.mention(stage.mentions(ceasefire), "sides").codeAt(DAY));
        Sentence named = Parses.sentence("the/DT Labour/NNP parties/NNS agreed/VBD in/IN court/NN",
                "det 2 0", "compound 2 1", "nsubj 3 2", "obl 3 5", "case 5 4");
        assertFalse(Litigants.notParty(named, Graph.basic(named), 2, 3, 2, new Litigants.Context(false, true)));
    }

    @Test
    void aDescriptionOfOnePersonTakesOnlyACompatibleAntecedent() {
        ActorDictionary d = Parses.actors(DICT);
        Actor kenya = d.country("KEN").orElseThrow();
        Sentence s = Parses.sentence("the/DT cleric/NN said/VBD", "det 1 0", "nsubj 2 1");
        ActorMention cleric = new ActorMention(1, 1, 2, 1, null, "ELI", Form.ROLE, "cleric", "t");
        ActorMention minister = new ActorMention(1, 1, 2, 1, null, "GOV", Form.ROLE, "minister", "t");
        assertTrue(PersonDescriptions.describesPerson(s, cleric));
        List<Sentence> ss = List.of(s, s);
        ActorMention country = new ActorMention(0, 0, 1, 0, kenya, null, Form.NAME, "Kenya", "t");
        ActorMention police = new ActorMention(0, 0, 1, 0, kenya, "COP", Form.ROLE, "police", "t");
        // A cleric is not Kenya's because Kenya or Kenyan police came before.
        assertFalse(PersonDescriptions.compatible(country, cleric, ss, DAY));
        assertFalse(PersonDescriptions.compatible(police, cleric, ss, DAY));
        // A minister may be the named country's, not its police's of an earlier sentence; in its own
        // sentence the country of the actors it deals with.
        assertTrue(PersonDescriptions.compatible(country, minister, ss, DAY));
        assertFalse(PersonDescriptions.compatible(police, minister, ss, DAY));
        ActorMention policeHere = new ActorMention(1, 0, 1, 0, kenya, "COP", Form.ROLE, "police", "t");
        assertTrue(PersonDescriptions.compatible(policeHere, minister, ss, DAY));
        assertFalse(PersonDescriptions.compatible(policeHere, cleric, ss, DAY));
        Actor kenyatta = personKenyatta(d);
        ActorMention person = new ActorMention(0, 0, 1, 0, kenyatta, null, Form.NAME, "Kenyatta", "t");
        assertTrue(PersonDescriptions.compatible(person, minister, ss, DAY));
        assertFalse(PersonDescriptions.compatible(person, cleric, ss, DAY));
        Sentence plural = Parses.sentence("the/DT officials/NNS said/VBD");
        assertFalse(PersonDescriptions.describesPerson(plural,
                new ActorMention(0, 1, 2, 1, null, "GOV", Form.ROLE, "officials", "t")));
    }

    private static Actor personKenyatta(ActorDictionary d) {
        for (PhraseMatcher.Found f : new PhraseMatcher(d).find(Tokens.sentence("Kenyatta spoke ."))) {
            if (f.entry().actor() != null) {
                return f.entry().actor();
            }
        }
        throw new AssertionError("no Kenyatta");
    }
}
