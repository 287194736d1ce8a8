package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actors.Aims;
import org.dyad.core.actors.PlaceCountries;
import org.dyad.core.actors.TalkVenues;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.Frame;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Where a sentence puts its event, as a country: "in Kabul", "near the town of Samarra", "in the
 * West Bank city of Hebron". The coder uses it for actors the text leaves implicit: the target of
 * a protest, the unknown perpetrator of an attack, the country a curfew is imposed on, and the
 * country of a journalist or villagers of no stated nationality.
 *
 * <p>A place that belongs to the one who reports the event is not the event's: in "…, killing 20
 * people, relief officials in Nairobi said" the killing did not happen in Kenya.
 */
final class EventPlaces {
    static final Set<String> WHERE = Set.of("in", "near", "outside", "at", "across", "throughout");
    /** Verbs of where someone lives or works: "who lives in Washington". */
    private static final Set<String> RESIDING = Set.of("live", "reside", "settle", "study", "work", "stay", "base");
    /** Nouns of a place: "a Pakistani town", "the outskirts of Kabul". */
    static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "province", "region", "district",
            "capital", "area", "outskirts", "suburb", "suburbs", "port", "state", "county", "sector", "quarter",
            "neighbourhood", "neighborhood", "part", "centre", "center", "heart", "north", "south", "east", "west",
            "territory", "territories", "enclave", "strip");

    private final Dictionaries dict;
    private final PlaceCountries places;

    EventPlaces(Dictionaries dict, PlaceCountries places) {
        this.dict = dict;
        this.places = places;
    }

    /**
     * The country the sentence places its act at {@code act} in: a country or capital named as a
     * place, else a town the gazetteer knows; not the venue of other talks.
     */
    @Nullable Actor country(SentenceView v, int act) {
        ActorMention named = namedPlace(v, -1, act);
        return named != null ? named.actor() : townCountry(v, -1, act);
    }

    /** An actor standing for the country of the event's place, with a role, or null when the sentence names no place. */
    @Nullable ActorMention at(SentenceView v, int trigger, @Nullable String role, String prefix, String rule) {
        Token t = v.s.token(trigger);
        ActorMention named = namedPlace(v, trigger, trigger);
        if (named != null) {
            String name = named.form() == ActorMention.Form.ADJECTIVE ? named.actor().name() : named.text();
            return new ActorMention(v.s.index(), t.index(), t.index() + 1, t.index(), named.actor(), role,
                    ActorMention.Form.REFERENCE, prefix + name, rule + ": place");
        }
        // A town the gazetteer places in one country: "a roadside bomb near the town of Samarra".
        Actor country = townCountry(v, trigger, trigger);
        if (country != null) {
            return new ActorMention(v.s.index(), t.index(), t.index() + 1, t.index(), country, role,
                    ActorMention.Form.REFERENCE, prefix + country.name(), rule + ": place (gazetteer)");
        }
        return null;
    }

    /**
     * The state a sentence names as holding a place by occupation ("the Israeli-occupied West
     * Bank", "territory occupied by Israel"), when no source is of that state.
     */
    private static @Nullable Actor occupier(SentenceView v, List<ActorMention> sources) {
        for (ActorMention m : v.mentions) {
            Edge up = v.basic.head(m.head());
            if (m.actor() == null || m.actor().kind() != ActorKind.COUNTRY || up == null
                    || !(up.relation().equals("amod") || up.relation().equals("compound")
                    || up.relation().startsWith("obl") && v.prepOf(m.head()).equals("by"))
                    || !v.lemma(up.governor()).equals("occupy") && !v.word(up.governor()).equalsIgnoreCase("occupied")) {
                continue;
            }
            Edge held = v.basic.head(up.governor());
            if (held == null || !(held.relation().equals("amod") || held.relation().startsWith("acl"))) {
                continue;
            }
            boolean own = sources.stream().anyMatch(s -> s.actor() != null && s.actor().id().equals(m.actor().id()));
            if (!own) {
                return m.actor();
            }
        }
        return null;
    }

    /**
     * The government a protest is aimed at when the text names none as its object: an actor the
     * protest is against anywhere in the sentence, else the government of the country where it
     * happens, else the protesters' own.
     */
    @Nullable ActorMention homeGovernment(SentenceView v, int trigger, List<ActorMention> sources) {
        // "in defiance of Chinese authorities", "against Israeli military policies",
        // "for the United States' military policies".
        for (Edge e : v.basic.children(trigger)) {
            if (e.relation().startsWith("obl") || e.relation().startsWith("nmod") || e.relation().startsWith("advcl")) {
                for (ActorMention m : v.objectActors(e.dependent())) {
                    // (not who acts alongside: "held a protest in collaboration with the Kissan Ittehad")
                    if (!sources.contains(m) && m.form() != ActorMention.Form.CAPITAL
                            && !ClauseTargets.companion(v, m.head())) {
                        return m;
                    }
                }
            }
        }
        for (int i = 0; i < v.s.size(); i++) {
            String w = v.word(i);
            if (w.equals("against") || w.equals("defiance")) {
                int node = w.equals("against") ? v.basic.governor(i) : i;
                if (node >= 0) {
                    for (ActorMention m : v.objectActors(node)) {
                        if (!sources.contains(m) && m.form() != ActorMention.Form.CAPITAL) {
                            return m;
                        }
                    }
                }
            }
        }
        ActorMention named = namedPlace(v, trigger, trigger);
        Actor country = named == null ? null : named.actor();
        Actor occupier = occupier(v, sources);
        if (occupier != null) {
            // "Palestinians of the Israeli-occupied West Bank shunned work to protest …": the power
            // that holds the land they live on is whom their protest is aimed at.
            country = occupier;
        }
        if (country == null) {
            for (ActorMention m : sources) {
                if (m.actor() != null && m.actor().kind() == ActorKind.COUNTRY) {
                    country = m.actor();
                    break;
                }
            }
        }
        if (country == null) {
            country = townCountry(v, trigger, trigger);
        }
        if (country == null) {
            return null;
        }
        Token t = v.s.token(trigger);
        return new ActorMention(v.s.index(), t.index(), t.index() + 1, t.index(), country, "GOV",
                ActorMention.Form.REFERENCE, country.name() + " (implied)", "protest: implied target");
    }

    /**
     * The people of the first source's own country, as an implied target: a government that
     * "eased restrictions on political freedoms" or "lifted the state of emergency" with no place
     * named does so at home.
     */
    @Nullable ActorMention ownPeople(SentenceView v, int trigger, List<ActorMention> sources) {
        for (ActorMention m : sources) {
            String code = m.codeAt(v.date);
            Actor country = code.length() >= 3 ? dict.actors().country(code.substring(0, 3)).orElse(null) : null;
            if (country != null) {
                Token t = v.s.token(trigger);
                return new ActorMention(v.s.index(), t.index(), t.index() + 1, t.index(), country, null,
                        ActorMention.Form.REFERENCE, "the people of " + country.name() + " (implied)",
                        "target: the source's own people");
            }
        }
        return null;
    }

    /** The first country or capital named as a place, not as the venue of talks other than the act's. */
    private @Nullable ActorMention namedPlace(SentenceView v, int trigger, int act) {
        // A name or a capital first; then a country's adjective on a place noun ("across the
        // Palestinian territory"), which a name elsewhere in the sentence outweighs.
        for (boolean adjectives : new boolean[] {false, true}) {
            for (ActorMention m : v.mentions) {
                Edge up = v.basic.head(m.head());
                boolean form = adjectives
                        ? m.form() == ActorMention.Form.ADJECTIVE && up != null && up.relation().equals("amod")
                        : m.form() == ActorMention.Form.CAPITAL || m.form() == ActorMention.Form.NAME;
                if (form && m.actor() != null && m.actor().kind() == ActorKind.COUNTRY
                        && where(v, m.head()) && !otherClause(v, m.head(), trigger)
                        && !TalkVenues.placeOfOtherTalks(v.s, v.basic, m.head(), act)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The country the gazetteer clearly places a place name in, for the name that a word belongs to
     * ("Toulon" in "left Toulon"), or null.
     */
    @Nullable String countryOfName(SentenceView v, int word) {
        for (Sentence.Run r : v.s.runs("LOCATION", k -> true)) {
            if (r.start() <= word && word < r.end()) {
                return countryOfRun(v, r);
            }
        }
        return null;
    }

    /**
     * The country of a place name, or of the region or country that follows it after a comma or
     * owns it before it, and says which of its namesakes is meant: "Port Arthur, Tasmania" is
     * Australia's, not Texas's; "Khyber Pakhtunkhwa's Bisham area" is Pakistan's, not England's.
     */
    private @Nullable String countryOfRun(SentenceView v, Sentence.Run r) {
        int owner = r.start() - 1;
        if (owner >= 1 && v.s.token(owner).isPossessiveMark() && v.s.token(owner - 1).ner().equals("LOCATION")) {
            int start = owner - 1;
            while (start > 0 && v.s.token(start - 1).ner().equals("LOCATION")) {
                start--;
            }
            String name = v.s.words(start, owner);
            String iso = v.story.countryOf(name, places);
            if (iso != null && (places.isDivision(name, iso) || countryNamed(v, start, owner))) {
                return iso;
            }
        }
        int next = r.end();
        if (next + 1 < v.s.size() && v.word(next).equals(",") && v.s.token(next + 1).ner().equals("LOCATION")) {
            int end = next + 1;
            while (end < v.s.size() && v.s.token(end).ner().equals("LOCATION")) {
                end++;
            }
            String name = v.s.words(next + 1, end);
            String iso = v.story.countryOf(name, places);
            // Not a list ("in London, Paris and Madrid"): the qualifier is a region or a country.
            boolean list = end < v.s.size() && (v.word(end).equals("and") || v.word(end).equals("or")
                    || v.word(end).equals(",") && end + 1 < v.s.size() && v.s.token(end + 1).ner().equals("LOCATION"));
            if (iso != null && !list && (places.isDivision(name, iso) || countryNamed(v, next + 1, end))) {
                return iso;
            }
        }
        // "in her house in Sanda area here": in the dateline's town, whatever else bears the name.
        return v.story.countryOf(v.s, r.start(), r.end(), places);
    }

    private static boolean countryNamed(SentenceView v, int start, int end) {
        for (ActorMention m : v.mentions) {
            if (m.start() >= start && m.end() <= end && m.actor() != null && m.actor().kind() == ActorKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /** The possessive endings a region takes before a place it holds: "Punjab's Kasur district". */

    /**
     * The country of the first town named as a place in the sentence that the gazetteer places
     * clearly, outside any other clause than the trigger's ({@link #otherClause}; none when the
     * trigger is -1) and not as the venue of talks other than the act's.
     */
    private @Nullable Actor townCountry(SentenceView v, int trigger, int act) {
        for (Sentence.Run r : v.s.runs("LOCATION", k -> true)) {
            if (where(v, r.end() - 1) && !otherClause(v, r.end() - 1, trigger)
                    && !TalkVenues.placeOfOtherTalks(v.s, v.basic, r.end() - 1, act)) {
                String iso = countryOfRun(v, r);
                Actor country = iso == null ? null : dict.actors().country(iso).orElse(null);
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /**
     * Whether a place word lies in an adverbial clause whose own subject is a person and that does
     * not hold the trigger: in "14 Iraqis were killed in bombings as Gates prepared to take office in
     * Washington", Washington is where Gates was, not where the bombs went off ("as street battles
     * raged in central Baghdad" and "when gunmen opened fire at their car in Baghdad" still place
     * the act).
     */
    private static boolean otherClause(SentenceView v, int place, int trigger) {
        if (trigger < 0) {
            return false;
        }
        int clause = subordinateClause(v, trigger);
        if (clause >= 0 && !v.basic.dominates(clause, place)) {
            // "While resolutions have been tabled every year in Geneva since the … demonstrations were
            // quashed by the army in 1989": the act of a "since" clause did not happen where the
            // sentence's other clauses place theirs.
            return true;
        }
        for (int cur = place, guard = 0; guard < 12; guard++) {
            Edge up = v.basic.head(cur);
            if (up == null || cur == trigger) {
                return false;
            }
            if (up.relation().startsWith("advcl") && v.s.token(cur).isVerb()
                    && v.basic.children(cur, "nsubj").stream().anyMatch(e -> person(v, e.dependent()))) {
                return !v.basic.dominates(cur, trigger);
            }
            cur = up.governor();
        }
        return false;
    }

    /**
     * Subordinators of time whose clause tells an act of another time, often far off: "since the
     * demonstrations were quashed in 1989". ("after" is left out: "resumed strikes in Gaza after a
     * rocket attack wounded two teenagers" tells of an attack from the same place.)
     */
    private static final Set<String> TIME_MARKS = Set.of("since");

    /** The head of the "since" clause a trigger lies in, or -1. */
    private static int subordinateClause(SentenceView v, int trigger) {
        for (int cur = trigger, guard = 0; guard < 12 && cur >= 0; guard++) {
            Edge up = v.basic.head(cur);
            if (up == null) {
                return -1;
            }
            if (up.relation().startsWith("advcl")) {
                for (Edge m : v.basic.children(cur, "mark")) {
                    if (TIME_MARKS.contains(v.word(m.dependent()).toLowerCase(Locale.ROOT))) {
                        return cur;
                    }
                }
                return -1;
            }
            cur = up.governor();
        }
        return -1;
    }

    /** Whether the mention headed at a word is a person: one the dictionaries know, or one only the tagger found. */
    private static boolean person(SentenceView v, int word) {
        for (ActorMention m : v.mentions) {
            if (m.head() == word && (m.unknownPerson() || m.actor() != null && m.actor().kind() == ActorKind.PERSON)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place phrase: "in X", "near X", "near the town of X", "in the West Bank city" (a place
     * name modifying a place noun), but not the place of a reporter ("officials in Nairobi said").
     */
    private boolean where(SentenceView v, int head) {
        // "in the southeast of the capital Guatemala City", "north of Baghdad", "in Skopje's main square".
        String prep = v.placePrep(head);
        int gov = v.basic.governor(head);
        if (WHERE.contains(prep)) {
            return !speakers(v, gov) && !residence(v, gov) && !Aims.aimedAt(v.s, v.basic, head);
        }
        if (gov < 0 || !PLACE_NOUNS.contains(v.lemma(gov).toLowerCase(Locale.ROOT))) {
            return false;
        }
        Edge up = v.basic.head(head);
        // "across the Palestinian territory": a country's adjective on a place noun places it too.
        boolean placeNoun = prep.equals("of") || up != null && (up.relation().equals("compound") || up.relation().equals("amod"));
        return placeNoun && WHERE.contains(v.placePrep(gov)) && !speakers(v, v.basic.governor(gov));
    }

    /**
     * Whether a verb tells where someone lives or works, in a clause describing them: "a witness, who
     * now lives in Washington, recounted …" places the witness, not the events he recounts.
     */
    private static boolean residence(SentenceView v, int verb) {
        if (verb < 0 || !RESIDING.contains(v.lemma(verb))) {
            return false;
        }
        Edge up = v.basic.head(verb);
        return up != null && Graph.matches(up.relation(), "acl");
    }

    /** Whether a noun is the subject of a reporting verb: "officials" in "officials in Nairobi said". */
    private boolean speakers(SentenceView v, int noun) {
        if (noun < 0) {
            return false;
        }
        Edge up = v.basic.head(noun);
        if (up == null || !up.relation().startsWith("nsubj")) {
            return false;
        }
        var frame = dict.frames().verb(v.lemma(up.governor()));
        return frame.isPresent() && frame.get().kind() == Frame.Kind.REPORT;
    }

    /** Roles of no stated country, given the country of the event's place. */
    static List<ActorMention> placed(List<ActorMention> mentions, Actor here, List<String> steps) {
        return placed(mentions, here, steps, " + the country where it happened", "of the country where it happened");
    }

    /** Roles of no stated country, given a country, with the rule's words and the step's. */
    static List<ActorMention> placed(List<ActorMention> mentions, Actor here, List<String> steps, String rule,
            String why) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            // Not fighters from abroad, whatever words stand for them ("some of them have been killed").
            if (m.actor() == null && m.form() == ActorMention.Form.ROLE && m.role() != null && !m.fromAbroad()
                    && !"IMG".equals(m.role())) {
                out.add(m.withActor(here, m.role(), m.form(), rule));
                steps.add("'" + m.text() + "' " + why + ": " + here.id());
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The one country that another act of violence of the sentence is aimed at, other than the
     * source's own: Iran in "launching air strikes against Iran's nuclear facilities". Null when none
     * or several.
     */
    static @Nullable Actor struckCountry(SentenceView v, Candidate c, List<Candidate> cands) {
        Set<String> own = new java.util.HashSet<>();
        for (ActorMention m : c.sources) {
            own.add(RoleCodes.country(m.codeAt(v.date)));
        }
        Actor found = null;
        for (Candidate x : cands) {
            if (x == c || CameoCode.rootNumber(x.code) < 18) {
                continue;
            }
            for (ActorMention t : x.targets) {
                Actor a = t.actor();
                if (a == null || a.kind() != ActorKind.COUNTRY || own.contains(a.id())) {
                    continue;
                }
                if (found != null && !found.id().equals(a.id())) {
                    return null;
                }
                found = a;
            }
        }
        return found;
    }
}
