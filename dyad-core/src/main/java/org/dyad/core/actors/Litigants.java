package org.dyad.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.parse.Graph;

/**
 * Bare "party" and "parties" name a political party only in political contexts. "The parties
 * agreed to settle" and "both parties to the case" are litigants or signatories: as "parties to"
 * a case or contract, as "parties" in a sentence about a lawsuit or contract with no political
 * word, or in a
 * document about one with no political word at all, the words are no actor. Elsewhere they keep
 * their role ("parties to the conflict in Iraq" are still coded by their country). "Side" and
 * "sides", which Dyad reads as governments ("the two sides agreed"), follow the same rule: "the
 * two sides agreed to extend the contract" are a club and a player, not governments.
 */
final class Litigants {
    private static final Set<String> BARE = Set.of("party", "parties", "side", "sides");
    /** Lemmas that make a story political. */
    private static final Set<String> POLITICAL = Set.of("election", "electoral", "vote", "voter", "poll", "ballot",
            "campaign", "candidate", "coalition", "parliament", "parliamentary", "lawmaker", "legislator", "mp",
            "senate", "senator", "congress", "opposition", "political", "politics", "politician",
            "constituency", "referendum", "legislature", "manifesto", "seat");
    /** Lemmas of lawsuits and contracts. */
    private static final Set<String> LEGAL = Set.of("court", "judge", "lawsuit", "suit", "settle", "settlement",
            "litigation", "plaintiff", "defendant", "arbitration", "arbitrator", "contract", "case", "claim",
            "lawyer", "attorney", "jury", "verdict", "tribunal", "sue", "contractual", "breach");
    /** What "parties to" an agreement or a conflict are party to. */
    private static final Set<String> TO_WHAT = Set.of("case", "suit", "lawsuit", "contract", "agreement", "deal",
            "litigation", "proceedings", "settlement", "transaction", "arbitration");

    private Litigants() {}

    /** What a document says about "parties": whether it has a political word, and a word of lawsuits or contracts. */
    record Context(boolean political, boolean legal) {
        /** A document of one sentence, or one whose context is not known. */
        static final Context UNKNOWN = new Context(true, false);
    }

    /** The context of a document's sentences. */
    static Context of(List<Sentence> sentences) {
        boolean political = false;
        boolean legal = false;
        for (Sentence s : sentences) {
            political |= any(s, POLITICAL);
            legal |= any(s, LEGAL);
        }
        return new Context(political, legal);
    }

    /**
     * Whether the role words {@code [start, end)} are a bare "party"/"parties" that here is not a
     * political party: "parties to" a case or contract; "parties" in a sentence about a lawsuit or
     * contract with no political word; a document about one with no political word anywhere. In a
     * political story "the party" stays the party even beside a lawsuit ("the party will file a
     * legal suit"). A party named by
     * a proper noun before it ("the Labour party") is always one.
     */
    static boolean notParty(Sentence s, Graph g, int start, int end, int head, Context document) {
        if (end - start != 1 || !BARE.contains(s.token(start).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Edge e : g.children(head)) {
            boolean modifier = e.relation().equals("compound") || e.relation().equals("amod");
            if (modifier && s.token(e.dependent()).pos().startsWith("NNP")) {
                return false;
            }
            if (e.relation().startsWith("nmod") && TO_WHAT.contains(lemma(s.token(e.dependent())))
                    && g.markedBy(s, e.dependent(), Set.of("to"))) {
                return true;
            }
        }
        if (partyTo(s, end)) {
            return true;
        }
        if (any(s, POLITICAL)) {
            return false;
        }
        String w = s.token(start).word().toLowerCase(Locale.ROOT);
        boolean plural = w.equals("parties") || w.equals("sides");
        return plural && any(s, LEGAL) || document.legal() && !document.political();
    }

    /**
     * Whether the words after "parties" read "to" a case or a contract, whatever the parser hung the
     * phrase on: "Iran and the three European parties to the 2015 nuclear deal", parsed with "to the
     * deal" on Iran.
     */
    private static boolean partyTo(Sentence s, int end) {
        if (end >= s.size() || !s.token(end).word().equalsIgnoreCase("to")) {
            return false;
        }
        for (int k = end + 1; k < s.size() && k <= end + 5; k++) {
            Token t = s.token(k);
            if (TO_WHAT.contains(lemma(t))) {
                return true;
            }
            String pos = t.pos();
            if (!pos.equals("DT") && !pos.equals("CD") && !pos.startsWith("JJ") && !pos.startsWith("NN")
                    && !pos.equals("POS")) {
                return false;
            }
        }
        return false;
    }

    private static boolean any(Sentence s, Set<String> lemmas) {
        for (Token t : s.tokens()) {
            if (lemmas.contains(lemma(t)) || lemmas.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
