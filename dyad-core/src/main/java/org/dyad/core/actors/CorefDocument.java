package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.dyad.core.pipeline.Analysis;
import org.jspecify.annotations.Nullable;

/**
 * What coreference knows of one document while it goes through the sentences in order: each
 * sentence's mentions (resolved for the sentences done), each sentence's tree, and what earlier
 * sentences taught it of names, descriptions, texts and genders.
 */
final class CorefDocument {
    final Analysis in;
    /** Each sentence's mentions: resolved for the sentences done, as the actor stage left them for the rest. */
    final Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
    /** Each sentence's tree, built once: antecedents are looked for in earlier sentences' subjects. */
    final List<Graph> basics;
    /** People named in full before, by surname. */
    final Surnames surnames = new Surnames();
    /** People no dictionary knows whom the text described beside their name. */
    final DescribedPeople described = new DescribedPeople();
    /** Sentences whose subject "it" stands for a text, not an actor. */
    final Set<Integer> textSentences = new HashSet<>();
    /**
     * The gender each person has been taken up with ("he" or "she"), by actor key: "Putin met
     * Merkel. He congratulated her": "her" is not the man "he" is.
     */
    final Map<String, Boolean> feminine = new HashMap<>();

    /** The country actor of an ISO code, when the stage has a dictionary; else null. */
    final Function<String, @Nullable Actor> countries;
    /** The countries of place names (the gazetteer's, or none). */
    final PlaceCountries places;

    /**
     * The first international court the document names (the ICC, the ICJ, "ICC judges"), or null,
     * also when it names a state's court too.
     */
    final @Nullable ActorMention court;

    /** The country actor of a mention's code on the document's date; null for none or an international code. */
    @Nullable Actor countryOf(@Nullable ActorMention m) {
        return m == null ? null : countries.apply(RoleCodes.country(m.codeAt(in.document().date())));
    }

    /** Courtesy titles that say a person is a woman. */
    private static final Set<String> WOMEN_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "madam", "begum",
            "mst", "mst.");
    /** Courtesy titles that say a person is a man. */
    private static final Set<String> MEN_TITLES = Set.of("mr", "mr.", "mian");

    /**
     * Learns the gender a courtesy title gives the people of a sentence's resolved mentions: "Mr
     * Mohmand", "Ms Nawaz". A title in the text outweighs a pronoun taken up before, which may have
     * been resolved wrongly.
     */
    void learnGender(Sentence s, List<ActorMention> resolved) {
        for (ActorMention m : resolved) {
            if (m.actor() == null || m.actor().kind() != ActorKind.PERSON) {
                continue;
            }
            for (int k = Math.max(0, m.start() - 1); k <= m.start() && k < m.end(); k++) {
                String w = s.token(k).word().toLowerCase(Locale.ROOT);
                if (WOMEN_TITLES.contains(w) || MEN_TITLES.contains(w)) {
                    feminine.put(DocumentCountry.key(m.actor()), WOMEN_TITLES.contains(w));
                    break;
                }
            }
        }
    }

    CorefDocument(Analysis in, Function<String, @Nullable Actor> countries, PlaceCountries places) {
        this.in = in;
        this.countries = countries;
        this.places = places;
        ActorMention firstCourt = null;
        boolean nationalCourt = false;
        for (ActorMention m : in.mentions()) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            if (firstCourt == null && m.actor() != null && m.actor().kind() == ActorKind.IGO
                    && (m.form() == Form.NAME || m.form() == Form.ROLE) && m.codeAt(null).contains("JUD")) {
                firstCourt = m;
            }
            // "A judge at Serbia's war crimes court": a story that names a state's court as well has
            // two kinds of judges, and its bare ones are left to the other rules.
            nationalCourt |= m.actor() != null && m.actor().kind() == ActorKind.COUNTRY
                    && "JUD".equals(m.role()) && m.form() == Form.ROLE && !m.rule().contains(" + ");
        }
        this.court = nationalCourt ? null : firstCourt;
        this.basics = in.sentences().stream().map(Graph::basic).toList();
    }
}
