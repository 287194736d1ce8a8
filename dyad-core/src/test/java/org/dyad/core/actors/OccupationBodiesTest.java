package org.dyad.core.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Sentence;
import org.dyad.core.testing.Parses;
import org.junit.jupiter.api.Test;

/** Unions and professional bodies that no dictionary names, read from their words; no models. */
class OccupationBodiesTest {
    private static final ActorDictionary DICT = Parses.actors("""
            country KEN Kenya
                name     Kenya
                adj      Kenyan
            sector EDU education
                name     teachers
            sector MIL military
                name     General
            sector GOV government
                name     ministers
            igo EU European Union
                name     European Union
                code     IGOEUREEC
            group KLC Kenya Labour Congress
                name     Kenya Labour Congress
                country  KEN
                code     KENLAB
            """);
    private final ActorStage stage = new ActorStage(DICT);

    private String code(String tagged, String text) {
        return Parses.mention(stage.mentions(Parses.sentence(tagged)), text).codeAt(null);
    }

    @Test
    void aUnionOfAnOccupationIsOneActorOfItsCountry() {
        assertEquals("KENLAB", code("The/DT Kenya/NNP National/NNP Union/NNP of/IN Teachers/NNPS struck/VBD",
                "Kenya National Union of Teachers"));
        assertEquals("KENLAB", code("The/DT Doctors/NNS '/POS Syndicate/NNP of/IN Kenya/NNP protested/VBD",
                "Doctors ' Syndicate of Kenya"));
        assertEquals("---LAB", code("The/DT General/NNP Union/NNP of/IN Oil/NNP Workers/NNPS struck/VBD",
                "General Union of Oil Workers"), "no country: the place rules may give one");
        assertEquals("NGOLAB", code("The/DT International/NNP Federation/NNP of/IN Journalists/NNPS spoke/VBD",
                "International Federation of Journalists"));
    }

    @Test
    void anAssociationTakesItsProfessionsSector() {
        assertEquals("KENJUD", code("The/DT Kenyan/JJ Bar/NNP Association/NNP spoke/VBD", "Kenyan Bar Association"));
        assertEquals("KENHLH", code("The/DT Kenya/NNP Medical/NNP Association/NNP spoke/VBD", "Kenya Medical Association"));
        assertEquals("KENMED", code("The/DT Kenyan/JJ Association/NNP of/IN Journalists/NNPS spoke/VBD",
                "Kenyan Association of Journalists"));
        assertEquals("KENBUS", code("The/DT Kenya/NNP Chamber/NNP of/IN Commerce/NNP spoke/VBD", "Kenya Chamber of Commerce"));
        assertEquals("KENAGR", code("The/DT Kenya/NNP Farmers/NNPS Union/NNP spoke/VBD", "Kenya Farmers Union"));
    }

    @Test
    void withoutAnOccupationOrACapitalThereIsNoName() {
        List<ActorMention> lower = stage.mentions(Parses.sentence("The/DT union/NN of/IN teachers/NNS met/VBD"));
        assertTrue(lower.stream().noneMatch(m -> OccupationBodies.isName(m)), lower.toString());
        List<ActorMention> bare = stage.mentions(Parses.sentence("Union/NNP leaders/NNS in/IN Kenya/NNP met/VBD"));
        assertTrue(bare.stream().noneMatch(m -> OccupationBodies.isName(m)), bare.toString());
        List<ActorMention> council = stage.mentions(Parses.sentence("The/DT Council/NNP of/IN Ministers/NNPS met/VBD"));
        assertTrue(council.stream().noneMatch(m -> OccupationBodies.isName(m)), council.toString());
    }

    @Test
    void aNameTheDictionaryKnowsKeepsItsEntry() {
        assertEquals("IGOEUREEC", code("The/DT European/NNP Union/NNP said/VBD", "European Union"));
        ActorMention congress = Parses.mention(stage.mentions(Parses.sentence("The/DT Kenya/NNP Labour/NNP Congress/NNP said/VBD")),
                "Kenya Labour Congress");
        assertEquals("KENLAB", congress.codeAt(null));
        assertFalse(OccupationBodies.isName(congress), congress.rule());
    }

    @Test
    void anAcronymInParenthesesIsTheSameActorAndSoAreItsLaterUses() {
        PhraseMatcher matcher = new PhraseMatcher(DICT);
        Sentence first = Parses.sentence("The/DT Kenyan/JJ Union/NNP of/IN Teachers/NNPS (/-LRB- KUT/NNP )/-RRB- struck/VBD");
        List<OccupationBodies.Name> names = OccupationBodies.find(first, matcher.find(first));
        assertEquals(2, names.size(), names.toString());
        assertEquals("KUT", names.get(0).acronym());
        assertEquals(6, names.get(1).start());
        Map<String, OccupationBodies.Name> acronyms = OccupationBodies.acronyms(names);
        Sentence later = Parses.sentence("The/DT KUT/NNP said/VBD");
        List<OccupationBodies.Name> uses = OccupationBodies.uses(later, matcher.find(later), List.of(), acronyms);
        assertEquals(1, uses.size());
        assertEquals("KEN", uses.get(0).actor().id());
        assertEquals("LAB", uses.get(0).role());
    }
}
