package org.dyad.core.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * Where a story was filed (the country of its dateline) and the countries it names: what tells a
 * local place from a namesake abroad. In a story filed in Lahore that names neither Japan nor
 * Canada, "in Manawan area" is a quarter the gazetteer lacks, not a Quebec reserve, and "in Sanda
 * area here" is in Lahore, not the Japanese city.
 *
 * @param home the dateline's country (ISO 3166 alpha-3), or null when the story has none
 * @param named the countries the story's actors belong to
 */
public record StoryCountries(@Nullable String home, Set<String> named) {

    /** A story with no dateline: every place keeps the gazetteer's country. */
    public static final StoryCountries NONE = new StoryCountries(null, Set.of());

    public StoryCountries {
        named = Set.copyOf(named);
    }

    /** The story's dateline country and the countries of its actor mentions. */
    public static StoryCountries of(@Nullable String home, List<ActorMention> mentions) {
        Set<String> named = new HashSet<>();
        for (ActorMention m : mentions) {
            if (m.actor() != null && m.actor().country() != null) {
                named.add(m.actor().country());
            }
        }
        return new StoryCountries(home, named);
    }

    /**
     * The country of a place name, or null: the gazetteer's, except that a small place in a
     * country the story never names is no place abroad when the story has a dateline. A city of
     * 100,000 people or more, a division or a region keeps its country; so does a town of a
     * country the story names ("Spin Boldak" in a story about Afghanistan).
     */
    public @Nullable String countryOf(String placeName, PlaceCountries places) {
        String iso = places.countryOf(placeName);
        if (iso != null && home != null && !iso.equals(home) && !named.contains(iso)
                && !places.hasCity(placeName, iso) && !places.isDivision(placeName, iso) && !places.isRegion(placeName)) {
            return null;
        }
        return iso;
    }

    /**
     * The country of the place name at words {@code start} to {@code end} of a sentence: the
     * dateline's when "here" follows it ({@link #here}), else as {@link #countryOf(String, PlaceCountries)}.
     */
    public @Nullable String countryOf(Sentence s, int start, int end, PlaceCountries places) {
        if (here(s, end)) {
            return home;
        }
        String iso = countryOf(s.words(start, end), places);
        if (iso != null && !iso.equals(home) && end + 1 < s.size()
                && LOCAL_NOUNS.contains(s.token(end).lemma().toLowerCase(Locale.ROOT))
                && s.token(end + 1).word().equalsIgnoreCase("of")) {
            // "in Janikhel town of Bannu district", "in the Gulistan area of Qila Abdullah": a place
            // inside another named after it is where that one is; a namesake abroad only when that
            // one is abroad too.
            int a = end + 2;
            int b = a;
            while (b < s.size() && s.token(b).pos().startsWith("NNP")) {
                b++;
            }
            String within = b > a ? countryOf(s.words(a, b), places) : null;
            return within == null ? (named.contains(iso) ? iso : null) : within;
        }
        return iso;
    }

    /** Nouns of a part of a district or town: "the Gulistan area of Qila Abdullah". */
    private static final Set<String> LOCAL_NOUNS = Set.of("area", "town", "village", "locality", "tehsil",
            "neighbourhood", "neighborhood", "suburb");

    /** Common nouns that may stand between a local place and "here": "in Sanda area here", "Gulberg police station here". */
    private static final int MAX_BETWEEN = 3;

    /**
     * Whether the place name that ends before word {@code end} is placed in the dateline's town
     * by "here", after at most three common nouns: "in her house in Sanda area here". False when the
     * story has no dateline.
     */
    public boolean here(Sentence s, int end) {
        if (home == null) {
            return false;
        }
        for (int k = end; k < s.size() && k <= end + MAX_BETWEEN; k++) {
            String w = s.token(k).word();
            if (w.toLowerCase(Locale.ROOT).equals("here")) {
                return true;
            }
            String pos = s.token(k).pos();
            if (!pos.equals("NN") && !pos.equals("NNS")) {
                return false;
            }
        }
        return false;
    }
}
