package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.testing.Parses;
import org.junit.jupiter.api.Test;

/** Passives the parser does not mark as such, on hand-written parses. */
class PassiveVoiceTest {

    @Test
    void aParticipleCompletingAnotherVerbIsPassive() {
        // "Officers went on trial accused of laying mines", with "accused" tagged as a past tense.
        Sentence s = Parses.sentence("Officers/NNS went/VBD/go on/IN trial/NN accused/VBD/accuse of/IN laying/VBG/lay"
                        + " mines/NNS",
                "nsubj 1 0", "obl 1 3", "case 3 2", "xcomp 1 4", "advcl 4 6", "mark 6 5", "obj 6 7");
        // The enhanced graph gives the participle its controller as subject.
        SentenceView v = withEnhanced(s, "nsubj:xsubj", 4, 0);
        assertTrue(v.isPassive(4));
        assertEquals(List.of(), v.subjects(4), "the accused are not the accusers");
        assertEquals(List.of(0), v.objects(4), "the accused are the officers");
    }

    @Test
    void aCausativeParticipleIsNotThisPassive() {
        // "The court had the officers arrested": "have" with a participle is a causative.
        Sentence s = Parses.sentence("The/DT court/NN had/VBD/have officers/NNS arrested/VBN/arrest",
                "det 1 0", "nsubj 2 1", "obj 2 3", "xcomp 2 4");
        SentenceView v = new SentenceView(s, List.of());
        assertFalse(v.isPassive(4));
    }

    @Test
    void aConjunctOfAPassiveIsPassiveOnlyWithAVerbOfTwoObjects() {
        // "Activists had been detained by police and refused bail": refused the bail.
        assertTrue(conjunctIsPassive("refused/VBD/refuse", "bail/NN"));
        // "… and met officials": an object after an ordinary verb makes it active.
        assertFalse(conjunctIsPassive("met/VBD/meet", "officials/NNS"));
    }

    /** "Activists had been detained by police and VERB OBJECT", the enhanced graph sharing the subject. */
    private static boolean conjunctIsPassive(String verb, String object) {
        Sentence s = Parses.sentence("Activists/NNS had/VBD/have been/VBN/be detained/VBN/detain by/IN police/NNS"
                        + " and/CC " + verb + " " + object,
                "nsubj:pass 3 0", "aux 3 1", "aux:pass 3 2", "obl:agent 3 5", "case 5 4", "conj 3 7", "cc 7 6",
                "obj 7 8");
        return withEnhanced(s, "nsubj:pass", 7, 0).isPassive(7);
    }

    /** A view of the sentence whose enhanced graph has one edge more than its basic one. */
    private static SentenceView withEnhanced(Sentence s, String rel, int governor, int dependent) {
        List<Edge> enhanced = new ArrayList<>(s.enhanced());
        enhanced.add(new Edge(governor, dependent, rel));
        return new SentenceView(new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), s.basic(), enhanced),
                List.of());
    }
}
