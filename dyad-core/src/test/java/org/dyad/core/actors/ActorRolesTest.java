package org.dyad.core.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.DictionaryRoot;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Sentence;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.parse.Graph;
import org.dyad.core.testing.Parses;
import org.dyad.core.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Roles read from the words around a role word: press spellings, civilian fields, origins, followers; no models. */
class ActorRolesTest {
    private static final String DICT = """
            country KEN Kenya
                name     Kenya
                adj      Kenyan
            country SYR Syria
                name     Syria
                adj      Syrian
            country BDI Burundi
                name     Burundi
            country FRA France
                name     France
            sector GOV government
                name     ministry | officials
            sector MIL military
                name     army | troops | officer | officers
            sector COP police
                name     police | police officers
            sector REF refugees
                name     refugees
            person ODINGA Raila Odinga
                name     Raila Odinga | Odinga
                country  KEN
                code     KENOPP
            person KENYATTA Uhuru Kenyatta
                name     Uhuru Kenyatta | Kenyatta
                country  KEN
                code     KENGOV
            """;

    @Test
    void builtInGroupsTakeTheirPressSpellings() {
        ActorDictionary d = Dictionaries.load(List.of(DictionaryRoot.builtin()), Cameo.standard()).actors();
        PhraseMatcher m = new PhraseMatcher(d);
        for (String text : new String[] {"Two men were killed by Isis .", "Isil claimed it .", "IS militants fled .",
                "Daesh fighters fled ."}) {
            List<PhraseMatcher.Found> found = m.find(Tokens.sentence(text));
            assertTrue(found.stream().anyMatch(f -> f.entry().actor() != null && f.entry().actor().id().equals("ISIS")),
                    text + ": " + found);
        }
        for (String text : new String[] {"al-Shebab fighters attacked .", "Al-Shabab attacked ."}) {
            assertTrue(m.find(Tokens.sentence(text)).stream()
                    .anyMatch(f -> f.entry().actor() != null && f.entry().actor().id().equals("AL_SHABAAB")), text);
        }
        assertTrue(m.find(Tokens.sentence("Aqap claimed it .")).stream()
                .anyMatch(f -> f.entry().actor() != null && f.entry().actor().id().equals("AQAP")));
        // The bare capitals "IS" stay out: a headline's verb.
        assertTrue(m.find(Tokens.sentence("WHAT IS NEXT")).stream().noneMatch(f -> f.entry().actor() != null),
                "bare IS");
    }

    @Test
    void aBodyNamedByItsOwnOfPhraseIsNotAnAnaphor() {
        Sentence s = Parses.sentence("confirmed/VBN by/IN the/DT Ministry/NNP of/IN Defence/NNP ./.",
                "obl 0 3", "case 3 1", "det 3 2", "nmod 3 5", "case 5 4");
        Graph g = Graph.basic(s);
        ActorMention ministry = new ActorMention(0, 3, 4, 3, null, "GOV", Form.ROLE, "Ministry", "t");
        assertTrue(SelfNamed.isName(s, g, ministry, List.of(ministry)));
        // In lower case it stays a description; an actor after "of" owns the body rather than names it.
        Sentence lower = Parses.sentence("by/IN the/DT ministry/NN of/IN defence/NN ./.", "case 2 0", "nmod 2 4", "case 4 3");
        ActorMention m2 = new ActorMention(0, 2, 3, 2, null, "GOV", Form.ROLE, "ministry", "t");
        assertFalse(SelfNamed.isName(lower, Graph.basic(lower), m2, List.of(m2)));
        Sentence france = Parses.sentence("the/DT Ministry/NNP of/IN France/NNP", "nmod 1 3", "case 3 2");
        ActorMention m3 = new ActorMention(0, 1, 2, 1, null, "GOV", Form.ROLE, "Ministry", "t");
        ActorMention fr = new ActorMention(0, 3, 4, 3, Parses.actors(DICT).country("FRA").orElseThrow(), null, Form.NAME, "France", "t");
        assertFalse(SelfNamed.isName(france, Graph.basic(france), m3, List.of(m3, fr)));
        // "the Ministry of Foreign Affairs" as one role phrase.
        Sentence mfa = Parses.sentence("The/DT Ministry/NNP of/IN Foreign/NNP Affairs/NNPS said/VBD");
        ActorMention m4 = new ActorMention(0, 1, 5, 1, null, "GOV", Form.ROLE, "Ministry of Foreign Affairs", "t");
        assertTrue(SelfNamed.isName(mfa, Graph.basic(mfa), m4, List.of(m4)));
    }

    @Test
    void aCivilianFieldTakesTheMilitaryRankOutOfOfficer() {
        ActorStage stage = new ActorStage(Parses.actors(DICT));
        assertEquals("KENCOP", Parses.mention(stage.mentions(Parses.sentence("Kenyan/JJ customs/NNS officers/NNS seized/VBD goods/NNS",
                "amod 2 0", "compound 2 1", "nsubj 3 2")),
                "Kenyan customs officers").codeAt(null));
        assertEquals("---GOV", Parses.mention(stage.mentions(Parses.sentence("A/DT press/NN officer/NN declined/VBD")), "officer")
                .codeAt(null));
        List<ActorMention> housing = stage.mentions(Parses.sentence("Housing/NN officer/NN Clare/NNP Curley/NNP said/VBD"));
        assertTrue(housing.stream().noneMatch(m -> m.text().contains("officer")), housing.toString());
        assertEquals("---MIL", Parses.mention(stage.mentions(Parses.sentence("Senior/JJ officers/NNS met/VBD")), "officers").codeAt(null));
        CivilianFields.Field f = CivilianFields.before(Parses.sentence("the/DT chief/JJ medical/JJ officer/NN"), 3, 4);
        assertEquals("HLH", f.role());
        assertNull(CivilianFields.before(Parses.sentence("army/NN officers/NNS"), 1, 2));
        assertNull(CivilianFields.before(Parses.sentence("customs/NNS officials/NNS"), 1, 2), "only the rank words");
    }

    @Test
    void aBareRoleWordRepeatsTheEarlierMentionOfItsNoun() {
        Sentence s = Parses.sentence("Police/NN officers/NNS/officer shot/VBD a/DT man/NN ./. Four/CD of/IN the/DT "
                + "officers/NNS/officer fired/VBD");
        ActorMention police = new ActorMention(0, 0, 2, 1, Parses.actors(DICT).country("KEN").orElseThrow(), "COP", Form.ROLE,
                "Police officers", "t");
        ActorMention bare = new ActorMention(0, 9, 10, 9, null, "MIL", Form.ROLE, "officers", "t");
        assertEquals(police, SameRoleWord.antecedent(s, bare, List.of(s), List.of(police)));
        Sentence t = Parses.sentence("Kenyan/JJ troops/NNS/troop shot/VBD a/DT man/NN ./. Four/CD of/IN the/DT "
                + "officers/NNS/officer fired/VBD");
        ActorMention troops = new ActorMention(0, 0, 2, 1, null, "MIL", Form.ROLE, "Kenyan troops", "t");
        assertNull(SameRoleWord.antecedent(t, bare, List.of(t), List.of(troops)), "another noun");
    }

    @Test
    void refugeesTakeTheOriginTheirPhraseStates() {
        ActorStage stage = new ActorStage(Parses.actors(DICT));
        assertEquals("SYRREF", Parses.mention(stage.mentions(Parses.sentence("Kenya/NNP admitted/VBD refugees/NNS from/IN Syria/NNP")),
                "refugees from Syria").codeAt(null));
        assertEquals("BDIREF", Parses.mention(stage.mentions(Parses.sentence("Refugees/NNS fleeing/VBG/flee Burundi/NNP arrived/VBD",
                "acl 0 1", "obj 1 2", "nsubj 3 0")), "Refugees").codeAt(null));
        // "fleeing the war in Syria", with the refugees parsed as the subject of "fleeing".
        assertEquals("SYRREF", Parses.mention(stage.mentions(Parses.sentence(
                "Refugees/NNS fleeing/VBG/flee the/DT war/NN in/IN Syria/NNP crossed/VBD",
                "nsubj 1 0", "obj 1 3", "det 3 2", "obl 1 5", "case 5 4", "csubj 6 1")), "Refugees").codeAt(null));
        assertEquals("---REF", Parses.mention(stage.mentions(Parses.sentence("Refugees/NNS arrived/VBD in/IN Kenya/NNP",
                "nsubj 1 0", "obl 1 3", "case 3 2")), "Refugees").codeAt(null));
        assertEquals("---MIL", Parses.mention(stage.mentions(Parses.sentence("Kenya/NNP withdrew/VBD troops/NNS from/IN Syria/NNP",
                "nsubj 1 0", "obj 1 2", "obl 1 4", "case 4 3")), "troops").codeAt(null), "only refugees");
    }

    @Test
    void followersOfAPersonAreOppositionOrCiviliansOfItsCountry() {
        ActorStage stage = new ActorStage(Parses.actors(DICT));
        List<ActorMention> opp = stage.mentions(Parses.sentence("Supporters/NNS of/IN Raila/NNP Odinga/NNP clashed/VBD",
                "nmod 0 3", "case 3 1", "compound 3 2", "nsubj 4 0"));
        assertEquals("KENOPP", Parses.mention(opp, "Supporters of Raila Odinga").codeAt(null));
        List<ActorMention> gov = stage.mentions(Parses.sentence("Loyalists/NNS of/IN Uhuru/NNP Kenyatta/NNP marched/VBD",
                "nmod 0 3", "case 3 1", "compound 3 2", "nsubj 4 0"));
        assertEquals("KENCVL", Parses.mention(gov, "Loyalists of Uhuru Kenyatta").codeAt(null));
        List<ActorMention> poss = stage.mentions(Parses.sentence("Kenyatta/NNP 's/POS followers/NNS marched/VBD",
                "nmod:poss 2 0", "case 0 1", "nsubj 3 2"));
        assertEquals("KENCVL", Parses.mention(poss, "Kenyatta 's followers").codeAt(null));
        // Followers of no known person are left alone.
        List<ActorMention> none = stage.mentions(Parses.sentence("Followers/NNS of/IN the/DT cleric/NN marched/VBD",
                "nmod 0 3", "case 3 1", "det 3 2"));
        assertTrue(none.isEmpty(), none.toString());
    }
}
