package org.dyad.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.dict.NameEntry;
import org.dyad.core.dict.PhraseTrie;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.text.Fold;
import org.dyad.core.text.Words;
import org.jspecify.annotations.Nullable;

/** Finds dictionary phrases in a sentence, longest match first, left to right. */
public final class PhraseMatcher {
    private final ActorDictionary dict;
    /** One-word country names, adjectives and demonyms of seven letters or more, for respellings. */
    private final List<NameEntry> countryWords;
    /** The folded key of each of {@link #countryWords}. */
    private final List<String> countryKeys;

    public PhraseMatcher(ActorDictionary dict) {
        this.dict = dict;
        this.countryWords = dict.trie().values(e -> e.actor() != null && e.actor().kind() == ActorKind.COUNTRY
                && e.words().size() == 1 && e.words().get(0).length() >= MIN_RESPELT
                && (e.use() == NameEntry.Use.NAME || e.use() == NameEntry.Use.ADJECTIVE || e.use() == NameEntry.Use.PEOPLE)
                && !e.scope().local());
        this.countryKeys = new ArrayList<>(countryWords.size());
        for (NameEntry e : countryWords) {
            countryKeys.add(Fold.key(e.words().get(0)));
        }
    }

    /** The shortest word a respelling is tried for. */
    private static final int MIN_RESPELT = 7;

    /** Real words one letter away from a country's name or demonym, never read as misspellings. */
    private static final Set<String> NOT_MISSPELT = Set.of("columbia", "columbian", "columbians", "indiana",
            "syriac", "syriacs", "sorbian", "sorbians", "americas", "americana", "prussian", "austral", "moravian",
            "georgians", "canadien", "canadiens", "romansh", "iberian", "maltese", "lebanon", "emirates", "granada");

    /** Whether one of the phrases covers token {@code k}. */
    static boolean covered(List<Found> found, int k) {
        for (Found f : found) {
            if (f.start() <= k && k < f.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A phrase found in a sentence: tokens {@code [start, end)} and the entry chosen for them.
     * {@code alternatives} are every entry the words may name on the date, local names included.
     */
    public record Found(int start, int end, NameEntry entry, List<NameEntry> alternatives) {

        /** Whether a local name was among the readings: the words say little about the document's country. */
        public boolean contested() {
            for (NameEntry e : alternatives) {
                if (e.scope().local()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The phrases of a sentence at any date, with no document country. */
    public List<Found> find(Sentence s) {
        return find(s, null, null);
    }

    /**
     * The phrases of a sentence on a date: forms bounded in time hold only between their dates
     * (on no date, only those that still hold). A local name is chosen only when {@code home},
     * the country the document is about, is its actor's country; it then beats the other readings.
     */
    public List<Found> find(Sentence s, @Nullable LocalDate date, @Nullable String home) {
        return find(s, date, home, Set.of());
    }

    /**
     * As {@link #find(Sentence, LocalDate, String)}; a local name is also chosen when its actor's
     * key ({@link DocumentCountry#key}) is in {@code named}, the actors the document names by their other names: "FSA" after
     * "the Free Syrian Army" is the army even in a story about Turkey.
     */
    public List<Found> find(Sentence s, @Nullable LocalDate date, @Nullable String home, Set<String> named) {
        return find(s, date, home == null ? List.of() : List.of(home), named);
    }

    /**
     * As {@link #find(Sentence, LocalDate, String, Set)}, with the document's countries in order of
     * preference: a local name of the first that has one is chosen ("PTI" in a story filed in
     * Islamabad is Pakistan's party, however often it names India).
     */
    public List<Found> find(Sentence s, @Nullable LocalDate date, List<String> homes, Set<String> named) {
        return find(s, date, homes, named, List.of());
    }

    /**
     * As {@link #find(Sentence, LocalDate, List, Set)}; {@code others} are the other countries the
     * document names, most named first. When the name's general reading is of a country the
     * document never names, or names less often than another with a local reading, that local
     * reading is chosen instead: "the Foreign Office" in a story naming Pakistan's foreign
     * minister, Malaysia and Morocco, but not Britain, is Pakistan's.
     */
    public List<Found> find(Sentence s, @Nullable LocalDate date, List<String> homes, Set<String> named,
            List<String> others) {
        List<String> keys = new ArrayList<>(s.size() + 4);
        List<String> plain = new ArrayList<>(s.size() + 4);
        List<Integer> owner = new ArrayList<>(s.size() + 4);
        for (Token t : s.tokens()) {
            for (String piece : Words.ofToken(t.word())) {
                keys.add(Fold.key(piece));
                plain.add(piece);
                owner.add(t.index());
            }
        }
        List<Found> out = new ArrayList<>();
        PhraseTrie<NameEntry> trie = dict.trie();
        PhraseTrie.MatchFilter<NameEntry> accept = (e, st, en) -> e.scope().holdsOn(date)
                && ActorDictionary.caseMatches(e, plain, st) && nerAllows(e, s, owner, st, en)
                && !(en - st == 1 && longBeforeCareer(e.actor(), date));
        int i = 0;
        while (i < keys.size()) {
            PhraseTrie.Match<NameEntry> m = trie.longest(keys, i, accept);
            if (m != null && keys.get(i).equals("the")) {
                // "The U.S. Trade Representative": a name that only an article makes start first
                // yields to a longer one starting after it.
                PhraseTrie.Match<NameEntry> after = trie.longest(keys, i + 1, accept);
                if (after != null && after.end() > m.end()) {
                    i++;
                    continue;
                }
            }
            NameEntry best = m == null ? null : choose(m.values(), homes, named, others);
            if (best == null && m != null) {
                // Only local readings, none of them this document's ("FSA" in a story about neither
                // Syria nor Japan): no actor, but kept as a block so the stage knows to decide it.
                NameEntry first = m.values().get(0);
                best = new NameEntry(null, NameEntry.Use.BLOCK, null, first.words(), first.rule(), first.scope());
            }
            if (best == null) {
                Found respelt = respelt(s, keys, plain, owner, i, date);
                if (respelt != null) {
                    out.add(respelt);
                }
                i++;
                continue;
            }
            int start = owner.get(m.start());
            int end = owner.get(m.end() - 1) + 1;
            // A match must cover whole tokens: "Pakistani" must not match inside "Pakistani-backed".
            boolean startsToken = m.start() == 0 || !owner.get(m.start() - 1).equals(start);
            boolean whole = startsToken && (m.end() == keys.size() || !owner.get(m.end()).equals(end - 1));
            // "a UN-led peacekeeping force", tokenized as one word: the leader's name and "led" fill
            // the token, and the name stands for the leader as in "NATO-led troops".
            boolean led = startsToken && !whole && keys.get(m.end()).equals("led")
                    && (m.end() + 1 == keys.size() || !owner.get(m.end() + 1).equals(end - 1));
            if (!whole && !led) {
                i++;
                continue;
            }
            out.add(new Found(start, end, best, m.values()));
            i = led ? m.end() + 1 : m.end();
        }
        return out;
    }

    /**
     * A country's name, adjective or demonym misspelt by one letter ("Afganistan", "Ethopia",
     * "Phillippines"): a whole capitalised word of seven letters or more, tagged as a place, a
     * nationality or an organisation (not as a person), one insertion, deletion, substitution or swap away from
     * exactly one country's word with the same first letter. Real words that are one letter away
     * ("Columbia", "Indiana") are never respellings.
     */
    private @Nullable Found respelt(Sentence s, List<String> keys, List<String> plain, List<Integer> owner, int i,
            @Nullable LocalDate date) {
        String word = plain.get(i);
        int tok = owner.get(i);
        boolean whole = (i == 0 || owner.get(i - 1) != tok) && (i + 1 == keys.size() || owner.get(i + 1) != tok);
        String ner = s.token(tok).ner();
        if (!whole || word.length() < MIN_RESPELT || !Character.isUpperCase(word.charAt(0))
                || !("LOCATION".equals(ner) || "MISC".equals(ner) || "ORGANIZATION".equals(ner)) || NOT_MISSPELT.contains(keys.get(i))) {
            return null;
        }
        NameEntry hit = null;
        for (int k = 0; k < countryWords.size(); k++) {
            NameEntry e = countryWords.get(k);
            String w = countryKeys.get(k);
            if (w.charAt(0) != keys.get(i).charAt(0) || !e.scope().holdsOn(date) || !oneEditApart(keys.get(i), w)) {
                continue;
            }
            if (hit != null && !hit.actor().equals(e.actor())) {
                return null;
            }
            hit = e;
        }
        if (hit == null) {
            return null;
        }
        NameEntry e = new NameEntry(hit.actor(), hit.use(), hit.role(), hit.words(),
                hit.rule() + " (respelt from '" + word + "')", hit.scope());
        return new Found(tok, tok + 1, e, List.of(e));
    }

    /** Whether two words differ by one insertion, deletion, substitution or swap of neighbours. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int diffs = 0;
            for (int k = 0; k < a.length(); k++) {
                if (a.charAt(k) != b.charAt(k)) {
                    diffs++;
                    if (first < 0) {
                        first = k;
                    }
                }
            }
            if (diffs == 1) {
                return true;
            }
            return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        int k = 0;
        while (k < shorter.length() && shorter.charAt(k) == longer.charAt(k)) {
            k++;
        }
        return shorter.substring(k).equals(longer.substring(k + 1));
    }

    /**
     * The entry with the best priority, a local name of an actor (not a country) the document names
     * in full first, then one of the document's country; null when only other local names.
     */
    private static @Nullable NameEntry choose(List<NameEntry> values, List<String> homes, Set<String> named,
            List<String> others) {
        NameEntry best = null;
        for (NameEntry e : values) {
            // "FSA" after "the Free Syrian Army"; not a country's local adjective: one mention of
            // Bosnia does not make a story's "Serb" officers Bosnian, only a story about Bosnia does.
            if (e.scope().local() && e.actor() != null && e.actor().kind() != ActorKind.COUNTRY
                    && named.contains(DocumentCountry.key(e.actor()))) {
                return e;
            }
        }
        for (String home : homes) {
            for (NameEntry e : values) {
                if (e.scope().local() && e.actor() != null && home.equals(e.actor().country())) {
                    return e;
                }
            }
        }
        for (NameEntry e : values) {
            if (e.scope().local()) {
                continue;
            }
            if (best == null || e.priority() < best.priority()) {
                best = e;
            }
        }
        if (best == null) {
            // Only local readings, and none of the homes': one of a country the story names ("the
            // FO said" in a story about detained Pakistanis that names Israel more often).
            return localOf(values, others);
        }
        if (best.actor() != null && best.actor().country() != null
                && best.actor().kind() != ActorKind.COUNTRY && !homes.contains(best.actor().country())) {
            // Not a country's local adjective: "Serb" in a story naming Bosnia stays Serbia's unless
            // the story is about Bosnia (the homes above). A country the story names more often than
            // the general reading's own comes first: "the Foreign Office" of a story about detained
            // Pakistanis that cites The Guardian once is Pakistan's.
            int rank = others.indexOf(best.actor().country());
            NameEntry local = localOf(values, rank < 0 ? others : others.subList(0, rank));
            if (local != null) {
                return local;
            }
        }
        return best;
    }

    /**
     * The local reading, not a country's, of the first of {@code countries} that has one; null when
     * none has.
     */
    private static @Nullable NameEntry localOf(List<NameEntry> values, List<String> countries) {
        for (String country : countries) {
            for (NameEntry e : values) {
                if (e.scope().local() && e.actor() != null && e.actor().kind() != ActorKind.COUNTRY
                        && country.equals(e.actor().country())) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Years before a person's first dated role in which a surname alone is taken for someone else. */
    private static final int CAREER_MARGIN_YEARS = 10;

    /**
     * Whether a date lies more than {@link #CAREER_MARGIN_YEARS} before the first of a person's
     * dated roles: "Dutton gave a veiled warning" in 1997 is the British general in Hong Kong, not
     * Peter Dutton, an Australian minister from 2014. Used for one-word names only.
     */
    private static boolean longBeforeCareer(org.dyad.core.model.@Nullable Actor person, @Nullable LocalDate date) {
        if (person == null || date == null || person.kind() != ActorKind.PERSON || person.codes().isEmpty()) {
            return false;
        }
        LocalDate first = null;
        for (org.dyad.core.model.CodeSpan c : person.codes()) {
            if (c.from() == null) {
                return false;
            }
            if (first == null || c.from().isBefore(first)) {
                first = c.from();
            }
        }
        return date.isBefore(first.minusYears(CAREER_MARGIN_YEARS));
    }

    /**
     * Whether a surname alone is preceded by a given name that is not this person's: "Laura Bush",
     * "Jeb Bush", "Michelle Obama" are not the president. A given name counts as his or hers when
     * it starts with the letter of a word of the dictionary name before the surname ("Mahmud Abbas"
     * for Mahmoud Abbas).
     */
    private static boolean otherGivenName(org.dyad.core.model.Actor person, Sentence s, int surname) {
        if (surname == 0) {
            return false;
        }
        var before = s.token(surname - 1);
        String w = before.word();
        if (!"PERSON".equals(before.ner()) || w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        String[] words = person.name().split("\\s+");
        for (int k = 0; k < words.length - 1; k++) {
            if (!words[k].isEmpty() && Character.toLowerCase(words[k].charAt(0)) == Character.toLowerCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A country or capital whose words NER tags as a person is a person: "Chad Smith", "Jordan
     * Peterson". A capitalised role word inside a name is part of the name: "Tom King".
     */
    private static boolean nerAllows(NameEntry e, Sentence s, List<Integer> owner, int st, int en) {
        if (e.use() == NameEntry.Use.ROLE) {
            int first = owner.get(st);
            return !(first > 0 && "PERSON".equals(s.token(first).ner())
                    && Character.isUpperCase(s.token(first).word().charAt(0))
                    && "PERSON".equals(s.token(first - 1).ner()));
        }
        if (e.actor() != null && e.actor().kind() == ActorKind.PERSON && en - st == 1) {
            return !otherGivenName(e.actor(), s, owner.get(st));
        }
        if (e.actor() == null || e.actor().kind() != ActorKind.COUNTRY) {
            return true;
        }
        // A lone PERSON tag on a country name is usually NER's mistake ("Jordan shared …"); a
        // name that goes on is a person ("Jordan Peterson", "Chad Smith").
        int first = owner.get(st);
        int last = owner.get(en - 1);
        boolean person = false;
        for (int k = first; k <= last; k++) {
            person |= "PERSON".equals(s.token(k).ner());
        }
        if (!person) {
            return true;
        }
        boolean before = first > 0 && "PERSON".equals(s.token(first - 1).ner());
        boolean after = last + 1 < s.size() && "PERSON".equals(s.token(last + 1).ner());
        return !before && !after;
    }
}
