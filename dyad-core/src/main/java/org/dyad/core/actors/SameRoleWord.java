package org.dyad.core.actors;

import java.util.List;
import java.util.Locale;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * "Police officers opened fire … Four of the officers were suspended": a bare definite role word
 * repeats the head noun of an earlier role mention and names the same people, so it takes that
 * mention's role and country rather than the role its word has alone ("officers" alone is MIL).
 */
final class SameRoleWord {
    private SameRoleWord() {}

    /**
     * The nearest earlier role mention, in {@code candidates} (earlier sentences first, in text
     * order), whose head word has the lemma of {@code m}'s head word and which says more than one
     * word; null when there is none.
     */
    static @Nullable ActorMention antecedent(Sentence s, ActorMention m, List<Sentence> sentences,
            List<ActorMention> candidates) {
        if (m.head() < m.start() || m.head() >= m.end()) {
            return null;
        }
        String lemma = s.token(m.head()).lemma().toLowerCase(Locale.ROOT);
        // With modifiers of its own, a description takes only an earlier actor, never a bare role.
        boolean modified = m.end() - m.start() > 1;
        ActorMention best = null;
        for (ActorMention c : candidates) {
            // An earlier description that a body owns ("a UN special envoy": IGOUNO) has no role of its own.
            // "Trump's administration … the administration": one word whose owner gave it a country says more too,
            // and so does one its sender did ("Russia launched 200 drones … the drones struck").
            boolean owned = c.actor() != null && (c.rule().contains("+owner") || c.rule().contains(" + owner: ")
                    || c.rule().contains(DeployedMen.SENT_BY));
            // "Hasina's government was toppled … the interim government": a fallen leader's government
            // (a role word whose actor is the person) is no later government's antecedent.
            boolean leadersOwn = c.form() == Form.ROLE && c.actor() != null && c.actor().kind() == ActorKind.PERSON;
            if (c.role() == null && c.actor() == null || c.end() - c.start() < 2 && !owned || modified && c.actor() == null
                    || leadersOwn
                    || c.form() != Form.ROLE && c.form() != Form.REFERENCE
                    || c.sentence() == m.sentence() && c.end() > m.start()) {
                continue;
            }
            Sentence cs = sentences.get(c.sentence());
            if (modified && !sameOffice(s, m, cs, c)) {
                // "the interior minister of the UAE … the prime minister": another office.
                continue;
            }
            if (c.head() >= 0 && c.head() < cs.size()
                    && cs.token(c.head()).lemma().toLowerCase(Locale.ROOT).equals(lemma)
                    // "the central bank … the banks": the same word in another number names other people.
                    && plural(cs.token(c.head()).pos()) == plural(s.token(m.head()).pos())) {
                best = c;
            }
        }
        return best;
    }

    /** Words before a title that say nothing of which office it is: "the new minister". */
    private static final java.util.Set<String> NOT_OFFICE = java.util.Set.of("the", "a", "an", "new", "same", "then",
            "current", "incumbent", "visiting", "outgoing", "two", "both", "other", "top", "senior", "federal", "this",
            "that", "these", "those");

    /**
     * Whether two titles can be one office: "the interior minister" may be the "interior minister
     * of the UAE", "the prime minister" may not; a title with nothing before its head word ("the
     * leader of the LTTE") may be any ("the rebel leader").
     */
    static boolean sameOffice(Sentence s, ActorMention m, Sentence cs, ActorMention c) {
        if (c.head() < c.start() || c.head() >= c.end() || c.head() >= cs.size()) {
            return true;
        }
        boolean marked = false;
        for (int k = c.start(); k < c.head(); k++) {
            // "UN spokesman", "Turkish minister": an owner's name says whose, not which office.
            String w = cs.token(k).word();
            marked |= office(w) && !w.equals(w.toUpperCase(Locale.ROOT)) && "O".equals(cs.token(k).ner());
        }
        if (!marked) {
            return true;
        }
        String before = cs.words(c.start(), c.end()).toLowerCase(Locale.ROOT);
        for (int k = m.start(); k < m.head(); k++) {
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            if (office(w) && !before.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word before a title's head may say which office it is ("prime", "interior"). */
    private static boolean office(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !w.isEmpty() && Character.isLetter(w.charAt(0)) && !NOT_OFFICE.contains(w);
    }

    private static boolean plural(String pos) {
        return pos.equals("NNS") || pos.equals("NNPS");
    }
}
