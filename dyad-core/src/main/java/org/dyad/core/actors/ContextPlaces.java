package org.dyad.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * The places that give role words of no country a country during coreference, found with the
 * actor dictionary's countries and the gazetteer: the country a document is mostly about, the
 * town or capital of its dateline, and the towns, regions and settlements a sentence names
 * outside any actor mention. They are context for {@link PlaceContext}, never actors themselves.
 */
final class ContextPlaces {
    private final @Nullable ActorDictionary actors;
    private final PlaceCountries places;

    /** {@code actors} supplies the country actors, {@code places} the gazetteer. */
    ContextPlaces(@Nullable ActorDictionary actors, PlaceCountries places) {
        this.actors = actors;
        this.places = places;
    }

    /**
     * The country a document is about when one clearly dominates: named at least three times,
     * and at least twice as often as any other.
     */
    @Nullable Actor dominantCountry(List<ActorMention> mentions, @Nullable LocalDate date) {
        if (actors == null) {
            return null;
        }
        Map<String, Integer> count = new HashMap<>();
        for (ActorMention m : mentions) {
            String code = m.actor() == null ? null : m.codeAt(date);
            if (code != null && code.startsWith("IMG")) {
                // Islamic State is filed under Iraq, but a story about its war in Syria is about Syria:
                // a group that fights in many countries says nothing of the story's own.
                continue;
            }
            if (m.actor() != null && m.actor().country() != null && m.form() != Form.REFERENCE) {
                count.merge(m.actor().country(), 1, Integer::sum);
            }
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return best == null || top < 3 || top < 2 * second ? null : actors.country(best).orElse(null);
    }

    /** Words that follow the name of an administrative division. */
    private static final Set<String> DIVISIONS = Set.of("state", "province", "region", "county", "district",
            "governorate", "prefecture", "oblast", "territory");

    /**
     * Towns and regions the NER tags as locations, outside any actor mention, with the country
     * the gazetteer gives them, and settlements named by a national adjective ("an Afghan
     * village"): context for role words only, never actors themselves.
     */
    List<ActorMention> namedPlaces(Sentence s, Graph g, List<ActorMention> ms, StoryCountries story) {
        List<ActorMention> out = new ArrayList<>();
        if (actors == null) {
            return out;
        }
        List<Sentence.Run> runs = new ArrayList<>(s.runs("LOCATION", k -> !Syntax.covered(ms, k)));
        // "Tamil Nadu Minister K. N. Nehru": a province the tagger took for a person (TownsTakenForPeople).
        s.runs("PERSON", k -> !Syntax.covered(ms, k)).stream()
                .filter(r -> TownsTakenForPeople.province(s.words(r.start(), r.end()), places)).forEach(runs::add);
        for (Sentence.Run r : runs) {
            String name = s.words(r.start(), r.end());
            // "Lahore: … in Manawan area": a small place abroad of that name (a Quebec reserve) is not
            // where a story filed in Lahore happens; a locality the gazetteer lacks is.
            String iso = story.countryOf(s, r.start(), r.end(), places);
            int sp = name.lastIndexOf(' ');
            if (iso == null && sp > 0 && DIVISIONS.contains(name.substring(sp + 1).toLowerCase(Locale.ROOT))) {
                // "Lagos State", "Western Cape Province": the division under its bare name.
                iso = story.countryOf(name.substring(0, sp), places);
            }
            Actor country = iso == null ? null : actors.country(iso).orElse(null);
            if (country != null) {
                out.add(new ActorMention(s.index(), r.start(), r.end(), g.spanHead(r.start(), r.end()), country, null,
                        Form.NAME, name, "place: '" + name + "' is in " + iso + " (gazetteer)"));
            }
        }
        for (ActorMention m : ms) {
            ActorMention untagged = untaggedPlaceBefore(s, g, m);
            if (untagged != null) {
                out.add(untagged);
            }
        }
        for (ActorMention m : ms) {
            Edge up = g.head(m.head());
            if (m.form() != Form.ADJECTIVE || m.actor() == null || m.actor().kind() != ActorKind.COUNTRY
                    || up == null || !up.relation().equals("amod") || up.governor() < m.end()
                    || !SETTLEMENTS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            // "a girl in an Afghan village": a settlement a national adjective names is in that country.
            String name = s.words(m.start(), up.governor() + 1);
            out.add(new ActorMention(s.index(), m.start(), up.governor() + 1, up.governor(), m.actor(), null, Form.NAME,
                    name, "place: '" + name + "' (" + m.rule() + ")"));
        }
        return out;
    }

    /**
     * "met Shaanxi Governor Yuan Chunqing", "Tamil Nadu Minister K. N. Nehru", "the KP government":
     * a proper noun (or an acronym) the tagger left untagged, of one word or a compound of several,
     * compounded with a word of a title of no country right before it, that the gazetteer
     * places clearly and knows as a province, a region or a place of 100,000 people or more.
     */
    private @Nullable ActorMention untaggedPlaceBefore(Sentence s, Graph g, ActorMention m) {
        int k = m.start() - 1;
        // The parser may hang the place on the title's first word or on the name that ends it.
        if (m.form() != Form.ROLE || m.actor() != null || k < 0 || !untaggedProper(s, k)
                || g.governor(k) < m.start() || g.governor(k) >= m.end()) {
            return null;
        }
        int from = k;
        // "Tamil Nadu" chained, or "Khyber Pakhtunkhwa" with both words hung on the title.
        while (from > 0 && untaggedProper(s, from - 1)
                && (g.governor(from - 1) == from || g.governor(from - 1) == g.governor(k))) {
            from--;
        }
        // The whole run, else its first word or two before a portfolio's name: "Sindh Irrigation
        // Minister Jam Khan Shoro".
        for (int end : new int[] {k + 1, Math.min(k, from + 2), Math.min(k, from + 1)}) {
            if (end <= from) {
                continue;
            }
            String name = s.words(from, end);
            String iso = places.countryOf(name);
            // Only a province or a place of 100,000 people or more: "Federal Minister for Interior" is no town's.
            Actor country = iso == null || actors == null
                    || !places.hasCity(name, iso) && !places.isDivision(name, iso) && !places.isRegion(name)
                    ? null : actors.country(iso).orElse(null);
            if (country != null) {
                return new ActorMention(s.index(), from, end, end - 1, country, null, Form.NAME,
                        name, "place: '" + name + "' is in " + iso + " (gazetteer, untagged)");
            }
        }
        return null;
    }

    /** A word the tagger left untagged that is a proper noun or an acronym in capitals ("KP"). */
    private static boolean untaggedProper(Sentence s, int k) {
        String w = s.token(k).word();
        return "O".equals(s.token(k).ner()) && (s.token(k).pos().equals("NNP")
                || w.length() >= 2 && w.chars().allMatch(Character::isUpperCase));
    }

    /**
     * Settlements and divisions that a national adjective places in its country: "an Afghan
     * village". Not "capital": "in the Nigerian capital Abuja" is as often where others meet.
     */
    private static final Set<String> SETTLEMENTS = Set.of("village", "town", "city", "province", "district", "region",
            "county", "governorate", "prefecture");
}
