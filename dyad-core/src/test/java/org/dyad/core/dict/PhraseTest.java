package org.dyad.core.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.model.Token;
import org.dyad.core.ontology.Cameo;
import org.junit.jupiter.api.Test;

/** Phrases in patterns: words in order, joined at once ({@code _}) or with words between ({@code ..}). */
class PhraseTest {
    private static final WordSet NEGATORS = new WordSet("&NEGATORS", Set.of("did n't", "wo n't", "will not", "never"));

    /** Tokens of space-separated words, lemma = word; "n't" has the lemma "not". */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        for (String w : text.split(" ")) {
            out.add(new Token(i++, w, w.equals("n't") ? "not" : w, "RB", "O", 0, 0));
        }
        return out;
    }

    private static Phrase parse(String text) {
        return Phrase.parse(text, u -> u.equals("&NEGATORS") ? NEGATORS
                : u.startsWith("{") ? new WordSet(u, Set.of(u.substring(1, u.length() - 1).replace('_', ' ').split("\\|")))
                : new WordSet(u, Set.of(u)));
    }

    @Test
    void partsJoinedByUnderscoreFollowAtOnce() {
        Phrase p = parse("most_certainly_&NEGATORS_ever");
        assertEquals(4, p.size());
        List<Token> t = tokens("Bree most certainly really did n't ever clash");
        assertFalse(p.matches(t, t.size() - 1), "'really' comes between 'certainly' and 'did n't'");
        t = tokens("Bree most certainly did n't ever clash");
        assertTrue(p.matches(t, t.size() - 1));
        t = tokens("Bree most certainly did n't even ever clash");
        assertFalse(p.matches(t, t.size() - 1), "'even' comes between");
    }

    @Test
    void partsJoinedByDotsMayHaveWordsBetween() {
        Phrase p = parse("&NEGATORS..ever");
        List<Token> t = tokens("Bree did n't even ever clash");
        assertTrue(p.matches(t, t.size() - 1));
        assertFalse(parse("ever..&NEGATORS").matches(t, t.size() - 1), "parts keep their order");
    }

    @Test
    void anEntryOfSeveralWordsMatchesConsecutiveWords() {
        Phrase p = parse("&NEGATORS");
        assertTrue(p.matches(tokens("they will not clash"), 3));
        assertFalse(p.matches(tokens("they will surely not clash"), 4));
        assertTrue(parse("{did_not|never}").matches(tokens("they did n't clash"), 3), "a lemma matches too: n't is not");
    }

    @Test
    void aTrailingUnderscoreAsksForTheWordRightBeforeTheEnd() {
        Phrase p = parse("recently_");
        assertTrue(p.endsAdjacent());
        assertTrue(p.matches(tokens("Gollum recently allowed"), 2));
        assertFalse(p.matches(tokens("Gollum recently then allowed"), 3));
        assertTrue(parse("recently").matches(tokens("Gollum recently then allowed"), 3));
    }

    @Test
    void patternSyntaxForPhrasesMutualActorsAndReverseCodes() {
        Problems problems = new Problems();
        Synsets syn = Synsets.from(Block.parse(LineReader.lines(
                "synset NEGATORS\n    words never | did n't | will not\nsynset TIES\n    words economic | military\n",
                "s.txt"), problems), problems);
        PatternParser parser = new PatternParser(Cameo.standard(), syn, problems);
        Pattern clash = parser.parse(new Line("v.txt", 1, false, "111  clash  before:&NEGATORS..ever  over efforts"), false);
        assertNotNull(clash, problems.all().toString());
        assertEquals("&NEGATORS..ever", clash.before().text());
        Pattern plain = parser.parse(new Line("v.txt", 2, false, "111  clash  over efforts"), false);
        assertTrue(clash.specificity() > plain.specificity(), "words before the verb make a pattern more specific");
        Pattern ties = parser.parse(new Line("v.txt", 3, false, "161  cut  object:&TIES_ties  TARGET"), false);
        assertNull(ties.object());
        assertEquals(2, ties.objectWords().size());
        assertTrue(ties.objectWords().parts().get(1).adjacent());
        Pattern memo = parser.parse(new Line("v.txt", 4, false, "041  welcome  on  object:&TIES"), false);
        assertEquals("&TIES", memo.slots().get(0).phrase().text());
        Pattern agree = parser.parse(new Line("v.txt", 5, false, "030  agree  MUTUAL"), false);
        assertTrue(agree.mutual());
        Pattern visit = parser.parse(new Line("v.txt", 6, false, "042:043  visit  TARGET"), false);
        assertEquals("042", visit.code());
        assertEquals("043", visit.reverseCode());
        Pattern words = parser.parse(new Line("v.txt", 7, false, "111  clash  before:{did_not|never}_"), false);
        assertTrue(words.before().endsAdjacent());
        assertTrue(words.before().parts().get(0).words().phrases().contains(List.of("did", "not")));
        Pattern left = parser.parse(new Line("v.txt", 11, false, "042:043  leave  form:left  for TARGET"), false);
        assertEquals("left", left.form());
        assertTrue(left.specificity() > parser.parse(new Line("v.txt", 12, false, "042  leave  for TARGET"), false)
                .specificity(), "a word form is tried before the lemma");
        assertTrue(problems.errors().isEmpty(), problems.all().toString());
        assertNull(parser.parse(new Line("v.txt", 8, false, "042:999  visit  TARGET"), false), "an unknown reverse code");
        assertNull(parser.parse(new Line("v.txt", 9, false, "042  visit  before:"), false), "no words");
        assertNull(parser.parse(new Line("v.txt", 10, false, "042  visit  object:&NOPE"), false), "an unknown synset");
        assertEquals(3, problems.errors().size(), problems.all().toString());
    }
}
