package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.DictionaryRoot;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Sentence;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.testing.Parses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mediator and the parties of a mediation, on hand-written parses. */
class MediationTest {
    private static Dictionaries dict;
    private static Mediation mediation;

    @BeforeAll
    static void load() {
        dict = Dictionaries.load(List.of(DictionaryRoot.builtin()), Cameo.standard());
        mediation = new Mediation(dict);
    }

    private static ActorMention country(String iso, int token) {
        return new ActorMention(0, token, token + 1, token, dict.actors().country(iso).orElseThrow(), null,
                ActorMention.Form.NAME, iso, "t.txt:1");
    }

    private static List<String> codes(List<ActorMention> ms) {
        List<String> out = new ArrayList<>();
        for (ActorMention m : ms) {
            out.add(m.codeAt(null));
        }
        return out;
    }

    @Test
    void mediationCodesAreNeverMutual() {
        assertTrue(Mediation.code("045"));
        assertTrue(Mediation.code("039"));
        assertTrue(Mediation.code("038"));
        assertFalse(Mediation.code("046"));
        assertFalse(Mediation.code("036"));
    }

    @Test
    void theVisitorMediatesBetweenTheVisited() {
        // "Ghana will visit Togo and Benin to mediate", with the parser's object control.
        Sentence s = Parses.sentence("Ghana/NNP will/MD visit/VB Togo/NNP and/CC Benin/NNP to/TO mediate/VB",
                "nsubj 2 0", "aux 2 1", "obj 2 3", "obj 2 5", "cc 5 4", "xcomp 2 7", "mark 7 6",
                "nsubj:xsubj 7 3", "nsubj:xsubj 7 5");
        ActorMention gha = country("GHA", 0);
        ActorMention tgo = country("TGO", 3);
        ActorMention ben = country("BEN", 5);
        SentenceView v = new SentenceView(s, List.of(gha, tgo, ben));
        Candidate c = new Candidate(7, false, "039", List.of(tgo, ben), List.of());
        c.pairwise = true;
        mediation.settle(v, c);
        assertEquals(List.of("GHA"), codes(c.sources));
        assertEquals(List.of("TGO", "BEN"), codes(c.targets));
        assertFalse(c.pairwise);
    }

    @Test
    void anObjectThatIsNotVisitedKeepsMediating() {
        // "Togo needs Ghana to mediate": needing is no visit; Ghana mediates.
        Sentence s = Parses.sentence("Togo/NNP needs/VBZ/need Ghana/NNP to/TO mediate/VB",
                "nsubj 1 0", "obj 1 2", "xcomp 1 4", "mark 4 3", "nsubj:xsubj 4 2");
        ActorMention tgo = country("TGO", 0);
        ActorMention gha = country("GHA", 2);
        SentenceView v = new SentenceView(s, List.of(tgo, gha));
        Candidate c = new Candidate(4, false, "045", List.of(gha), List.of());
        mediation.settle(v, c);
        assertEquals(List.of("GHA"), codes(c.sources));
        assertEquals(List.of(), codes(c.targets));
    }

    @Test
    void aBetweenPhraseHungElsewhereNamesTheParties() {
        // "Ghana began an effort on Monday between Togo and Benin whose ties soured": the parser hangs
        // the phrase on the relative clause.
        Sentence s = Parses.sentence("Ghana/NNP began/VBD/begin an/DT effort/NN on/IN Monday/NNP between/IN Togo/NNP"
                        + " and/CC Benin/NNP whose/WP$ ties/NNS soured/VBD/sour",
                "nsubj 1 0", "det 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "case 7 6", "obl 12 7", "cc 9 8",
                "conj 7 9", "nmod:poss 11 10", "nsubj 12 11", "acl:relcl 3 12");
        ActorMention gha = country("GHA", 0);
        ActorMention tgo = country("TGO", 7);
        ActorMention ben = country("BEN", 9);
        SentenceView v = new SentenceView(s, List.of(gha, tgo, ben));
        Candidate c = new Candidate(3, true, "045", List.of(gha), List.of());
        mediation.settle(v, c);
        assertEquals(List.of("TGO", "BEN"), codes(c.targets));
    }

    @Test
    void aBetweenPhraseAfterAnotherVerbIsNotTheMediations() {
        // "Ghana's effort ended a feud between Togo and Benin": the feud's parties, not the effort's.
        Sentence s = Parses.sentence("Ghana/NNP effort/NN ended/VBD/end a/DT feud/NN between/IN Togo/NNP and/CC Benin/NNP",
                "nmod:poss 1 0", "nsubj 2 1", "det 4 3", "obj 2 4", "case 6 5", "nmod 4 6", "cc 8 7", "conj 6 8");
        ActorMention gha = country("GHA", 0);
        SentenceView v = new SentenceView(s, List.of(gha, country("TGO", 6), country("BEN", 8)));
        Candidate c = new Candidate(1, true, "045", List.of(gha), List.of());
        mediation.settle(v, c);
        assertEquals(List.of(), codes(c.targets));
    }

    @Test
    void acceptingMediationKeepsItsActors() {
        // "Togo and Benin accepted mediation" (038): the parties accept; only mutual readings go.
        Sentence s = Parses.sentence("Togo/NNP and/CC Benin/NNP accepted/VBD/accept mediation/NN",
                "nsubj 3 0", "cc 2 1", "conj 0 2", "nsubj 3 2", "obj 3 4");
        ActorMention tgo = country("TGO", 0);
        ActorMention ben = country("BEN", 2);
        SentenceView v = new SentenceView(s, List.of(tgo, ben));
        Candidate c = new Candidate(3, false, "038", List.of(tgo, ben), List.of());
        c.pairwise = true;
        mediation.settle(v, c);
        assertEquals(List.of("TGO", "BEN"), codes(c.sources));
        assertFalse(c.pairwise);
    }
}
