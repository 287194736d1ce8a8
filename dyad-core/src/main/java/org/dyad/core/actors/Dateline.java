package org.dyad.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Sentence;
import org.dyad.core.text.Words;
import org.jspecify.annotations.Nullable;

/** The place of a document's dateline: where the report was filed, not an actor. */
public final class Dateline {
    private Dateline() {}

    /**
     * The place of a document's dateline, as a mention of the country it stands for: a capital or
     * a country the dictionary found there ({@link #place}), else a town the gazetteer places
     * ("SOUTH WAZIRISTAN, April 5 (APP):", "(NEW YORK) —", "Lahore: …"); null when there is none
     * or the gazetteer finds the name unclear.
     *
     * @param mentions the document's mentions, of any sentence
     */
    public static @Nullable ActorMention find(List<Sentence> sentences, List<ActorMention> mentions,
            PlaceCountries places, ActorDictionary actors) {
        if (sentences.isEmpty()) {
            return null;
        }
        int at = sentence(sentences);
        Sentence first = sentences.get(at);
        ActorMention m = place(first, mentions.stream().filter(x -> x.sentence() == at).toList());
        if (m != null) {
            return m;
        }
        String town = townWords(first);
        String iso = town == null ? null : places.countryOf(town);
        if (iso == null && town != null) {
            // "HYDERABAD: Pakistan Peoples Party chairman Bilawal …": a name that cities of two countries
            // bear is the one whose country the sentence it heads names, when it names one such.
            iso = namedCountryWithCity(town, mentions.stream().filter(x -> x.sentence() == at).toList(), places);
        }
        Actor country = iso == null ? null : actors.country(iso).orElse(null);
        if (country == null) {
            return null;
        }
        int start = lead(first);
        int end = start + town.split(" ").length;
        return new ActorMention(at, start, end, end - 1, country, null, Form.NAME, town,
                "dateline: '" + town + "' is in " + iso + " (gazetteer)");
    }

    /**
     * The one country that the mentions name (by themselves or as the country of a party, a person
     * or a body) and that has a city of that name; null when none or several.
     */
    private static @Nullable String namedCountryWithCity(String town, List<ActorMention> mentions, PlaceCountries places) {
        String found = null;
        for (ActorMention m : mentions) {
            String iso = m.actor() == null ? null
                    : m.actor().kind() == ActorKind.COUNTRY ? m.actor().id() : m.actor().country();
            if (iso == null || iso.equals(found) || !places.hasCity(town, iso)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = iso;
        }
        return found;
    }

    /** How many of a report's first sentences may be summary points before its dateline. */
    private static final int MAX_POINTS = 6;

    /**
     * The index of the sentence that may open with a dateline: the first, or the first after the
     * summary points a report sets above it ("• Shehbaz blames … BUNER: Prime Minister …").
     */
    static int sentence(List<Sentence> sentences) {
        for (int i = 0; i < sentences.size() && i <= MAX_POINTS; i++) {
            Sentence s = sentences.get(i);
            // "• PM, army chief interact with flood-hit people": a summary's point set above the report.
            String w = s.size() == 0 ? "" : s.token(0).word();
            if (w.length() != 1 || !Words.isBullet(w.charAt(0))) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The country mention of a dateline at the start of a document's first sentence: a capital
     * in capitals ("ISLAMABAD, March 18 —"), or a town in capitals and then its country ("MOPTI,
     * Mali, July 6 —"); null when there is none.
     */
    static @Nullable ActorMention place(Sentence first, List<ActorMention> mentions) {
        int lead = lead(first);
        for (ActorMention m : mentions) {
            if (m.start() == lead && m.actor() != null && m.actor().kind() == ActorKind.COUNTRY
                    && (m.form() == Form.CAPITAL || m.form() == Form.NAME)
                    && m.end() < first.size() && CLOSERS.contains(first.token(m.end()).word())
                    && (m.text().equals(m.text().toUpperCase(Locale.ROOT))
                        || m.form() == Form.CAPITAL && first.token(m.end()).word().equals(":"))) {
                // "ISLAMABAD, March 18 —", and the capital in title case before a colon, as some
                // papers print it ("Islamabad: …").
                return m;
            }
            // "MOPTI, Mali, July 6 —": a town in capitals, then its country.
            if (m.start() >= lead + 2 && m.start() <= lead + 4 && m.actor() != null && m.actor().kind() == ActorKind.COUNTRY
                    && m.form() == Form.NAME && m.end() < first.size() && first.token(m.end()).word().equals(",")
                    && first.token(m.start() - 1).word().equals(",") && upperCaseWords(first, lead, m.start() - 1)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether a mention is a place in capitals that opens its sentence the way a dateline does
     * ("BEIRUT: Human Rights Watch accused …"): where the report was filed, which no pronoun of
     * the story stands for.
     */
    static boolean opens(Sentence s, ActorMention m) {
        return m.start() == lead(s) && m.end() < s.size() && CLOSERS.contains(s.token(m.end()).word())
                && m.text().length() > 1 && m.text().equals(m.text().toUpperCase(Locale.ROOT));
    }

    /**
     * Words that may close a dateline's place: "ISLAMABAD, …", "(NEW YORK) —", "KABUL — …", and
     * the agency's bracket of a wire dateline that lost its dash ("MEXICO CITY (AP) Mexico's …").
     */
    private static final Set<String> CLOSERS = Set.of(",", ")", "-RRB-", "—", "–", "--", ":",
            "(", "-LRB-");

    /**
     * How many tokens come before a dateline's place: none, or a "By" or an opening bracket
     * ("By NAIROBI, Kenya, Apr 5 –", "(NEW YORK) —").
     */
    static int lead(Sentence first) {
        if (first.size() > 1) {
            String w = first.token(0).word();
            if (w.equals("By") || w.equals("(") || w.equals("-LRB-")) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * A town in capitals that opens the document and is closed like a dateline ("SOUTH WAZIRISTAN,
     * April 5 (APP):", "(NEW YORK) —"): its words, for the gazetteer; null when there is none.
     */
    static @Nullable String townWords(Sentence first) {
        int lead = lead(first);
        int k = lead;
        while (k < first.size() && k < lead + 4) {
            String w = first.token(k).word();
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || !w.equals(w.toUpperCase(Locale.ROOT)) || w.length() < 2) {
                break;
            }
            k++;
        }
        if (k > lead && k < first.size() && CLOSERS.contains(first.token(k).word())) {
            return first.words(lead, k);
        }
        // "Lahore: A police constable was arrested …": a town in title case right before a colon,
        // as some papers print a dateline (never with a comma, which opens many a sentence).
        k = lead;
        while (k < first.size() && k < lead + 3 && titleCase(first.token(k).word())) {
            k++;
        }
        if (k > lead && k < first.size() && first.token(k).word().equals(":")) {
            return first.words(lead, k);
        }
        return null;
    }

    /** Whether a word is written with a capital and then small letters only: "Lahore". */
    private static boolean titleCase(String w) {
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean upperCaseWords(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.token(k).word();
            if (!w.equals(w.toUpperCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return to > from;
    }
}
