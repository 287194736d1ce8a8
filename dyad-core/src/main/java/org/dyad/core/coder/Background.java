package org.dyad.core.coder;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.parse.Graph;

/**
 * Whether an event is mentioned in passing rather than reported (the evidence's {@code background}
 * flag): a habit or a stance, an event noun with no one doing it or that another act is about, an
 * act in a relative, temporal or causal clause, or the past act one apologises, thanks or blames
 * someone for. Such an event counts only when the text dates it (docs/schema.md).
 */
final class Background {
    private Background() {}

    /** Clause markers of events told as background. Not "while": it contrasts two reports as often as it times one. */
    private static final Set<String> BACKGROUND_MARKS = Set.of("after", "since", "before", "following", "when",
            "as", "because", "until", "once", "whenever");

    /**
     * Whether an event is mentioned in passing rather than reported: it sits in a relative clause
     * or a temporal or causal clause, or it is a noun that another act is about.
     */
    static boolean of(SentenceView v, Candidate c) {
        org.dyad.core.model.Edge subjectOf = c.nominal ? v.basic.head(c.trigger) : null;
        if (subjectOf != null && !subjectOf.relation().startsWith("nsubj")) {
            subjectOf = null;
        }
        if (habitual(v, c.trigger) || c.head != c.trigger && habitual(v, c.head)
                || subjectOf != null && habitual(v, subjectOf.governor())) {
            // "has repeatedly pledged", "traditionally opposes", "frequent visits": a habit or a
            // stance, not an event on a day.
            return true;
        }
        if (!c.nominal && (c.code.startsWith("06") && simplePresent(v, c.trigger)
                || c.code.startsWith("12") && simplePresent(v, c.head) && adverbialClause(v, c.head))) {
            // "Egypt and Pakistan already cooperate in the fight against terrorism": cooperation told
            // in the simple present is a standing relation, not an act on a day; so is a refusal in
            // the present that a clause grants ("even though it refuses to sign the treaty").
            return true;
        }
        if (c.nominal && c.head == c.trigger && v.lemma(c.trigger).equalsIgnoreCase("war")
                && v.basic.children(c.trigger, "det").stream().anyMatch(d -> v.word(d.dependent()).equalsIgnoreCase("the"))) {
            // "to protest against … the US-led war on Iraq": a war named as known is the setting, not
            // an act the sentence reports ("launched a war on" is carried by its verb).
            return true;
        }
        if (summary(v, c.trigger) || c.nominal && c.head != c.trigger && summary(v, c.head)) {
            // "has claimed responsibility for many deadly attacks", "has launched a string of bloody
            // attacks": a summary of many past acts, none of them on a day.
            return true;
        }
        if (!c.nominal && heldState(v, c.trigger)) {
            // "Britain has some 7,200 troops deployed in southern Iraq": forces one has placed are a
            // standing state, not an act on a day.
            return true;
        }
        if (!c.nominal && countSubject(v, c.trigger)) {
            // "the number of British troops killed in Iraq has increased to 121": a count, not an act.
            return true;
        }
        if (!c.nominal && describesSpeaker(v, c.trigger)) {
            // "One official working closely with the government's policy told Reuters …": a participle
            // that describes who speaks tells no act on a day.
            return true;
        }
        if (!c.nominal && v.attributiveVerb(c.trigger) >= 0) {
            // "U.S. backed rebels attacked a convoy": "U.S.-backed" describes the rebels; it tells
            // no act on a day.
            return true;
        }
        if (ongoingWar(v, c.trigger)) {
            // "the outlawed ANC, fighting a low-level guerrilla war against white domination": a
            // participle that describes a side by the war it wages tells no act on a day.
            return true;
        }
        if (c.nominal && c.head == c.trigger && genericSubject(v, c.trigger)) {
            // "Attacks against AU troops and aid workers in Darfur are now part of the shaky security":
            // acts in the plural as the subject of a present copula are a state of affairs.
            return true;
        }
        if (c.nominal && c.sources.isEmpty()) {
            // "the war against Iraq": an event noun with no one doing it is a reference, not a report.
            return true;
        }
        if (c.nominal && c.head == c.trigger) {
            org.dyad.core.model.Edge up = v.basic.head(c.trigger);
            while (up != null && up.relation().startsWith("conj") && v.tok(up.governor()).isNoun()
                    // "other issues were defense cooperation, acid rain and the U.S. rejection of …": a list
                    // that is a clause's predicate names each of its events.
                    && !v.basic.hasChild(up.governor(), "cop")) {
                // "… to developing countries and U.S.-Soviet disarmament": a noun joined to another
                // stands where the first one does.
                up = v.basic.head(up.governor());
            }
            if (up != null) {
                String r = up.relation();
                if (!(r.startsWith("nsubj") || r.equals("root") || r.startsWith("conj") || r.equals("appos")
                        || r.equals("parataxis") || r.equals("dep"))
                        // "Hun Sen made the remarks in a meeting with Zhang Gaoli": the setting of a told act happened.
                        && !c.sourceFromSetting) {
                    return true;
                }
            }
        }
        int cur = c.head;
        for (int guard = 0; guard <= v.s.size() && cur >= 0; guard++) {
            org.dyad.core.model.Edge up = v.basic.head(cur);
            if (up == null) {
                return false;
            }
            String r = up.relation();
            if (r.equals("acl:relcl") || r.equals("acl") && v.tok(cur).pos().equals("VBN")) {
                return true;
            }
            if (r.startsWith("advcl")) {
                for (org.dyad.core.model.Edge m : v.basic.children(cur, "mark")) {
                    if (BACKGROUND_MARKS.contains(v.word(m.dependent()))) {
                        return true;
                    }
                }
            }
            if ((r.startsWith("nmod") || r.startsWith("obl")) && !(c.sourceFromSetting && cur == c.trigger)) {
                // a clause inside a prepositional phrase: "in the wake of the execution of …" (but not the
                // fighting the clause's subject did: "retook the village after fierce fighting with guerrillas")
                for (org.dyad.core.model.Edge m : v.basic.children(cur, "case")) {
                    if (BACKGROUND_MARKS.contains(v.word(m.dependent()))) {
                        return true;
                    }
                }
            }
            if ((r.startsWith("nmod") || r.startsWith("obl") || r.startsWith("advcl")) && reasonFor(v, cur, up.governor())) {
                // "apologised to Brazil for its gunboat intercepting a Brazilian ship", "thanked Qatar for
                // mediating": what one apologises, thanks or blames for was done before.
                return true;
            }
            cur = up.governor();
        }
        return false;
    }

    /** Whether a verb heads an adverbial clause. */
    private static boolean adverbialClause(SentenceView v, int verb) {
        org.dyad.core.model.Edge up = v.basic.head(verb);
        return up != null && up.relation().startsWith("advcl");
    }

    /** Whether a participle is what someone "has" done to a thing it holds: "has troops deployed". */
    private static boolean heldState(SentenceView v, int verb) {
        org.dyad.core.model.Edge up = v.basic.head(verb);
        return v.tok(verb).pos().equals("VBN") && up != null
                && (up.relation().equals("ccomp") || up.relation().equals("xcomp") || up.relation().equals("dep"))
                && v.lemma(up.governor()).equalsIgnoreCase("have") && !v.basic.children(verb, "nsubj").isEmpty();
    }

    /** Nouns of a count, whose verb tells a figure: "the number of troops killed". */
    private static final Set<String> COUNTS = Set.of("number", "toll", "total", "tally", "count");

    /** Whether a noun is a count: "the number", "the toll", but not "a number of soldiers" (several). */
    private static boolean count(SentenceView v, int noun) {
        if (!COUNTS.contains(v.lemma(noun).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return v.basic.children(noun, "det").stream()
                .noneMatch(d -> v.word(d.dependent()).equalsIgnoreCase("a") || v.word(d.dependent()).equalsIgnoreCase("an"));
    }

    /**
     * Whether a verb tells a count: its subject is one ("the number of troops killed has increased",
     * as the parser may read it), or it is a participle on the people a count is of ("the number of
     * troops killed in Iraq").
     */
    private static boolean countSubject(SentenceView v, int verb) {
        for (org.dyad.core.model.Edge e : v.basic.children(verb)) {
            if (e.relation().startsWith("nsubj") && count(v, e.dependent())) {
                return true;
            }
        }
        org.dyad.core.model.Edge up = v.basic.head(verb);
        if (up == null || !up.relation().startsWith("acl")) {
            return false;
        }
        org.dyad.core.model.Edge of = v.basic.head(up.governor());
        return of != null && of.relation().startsWith("nmod") && count(v, of.governor())
                && "of".equals(v.prepOf(up.governor()));
    }

    /** Whether a verb is in the simple present, with no auxiliary: "cooperate", "trades". */
    private static boolean simplePresent(SentenceView v, int verb) {
        String pos = v.tok(verb).pos();
        // The tagger may take a plural subject's present for a base form: "already cooperate" as VB.
        boolean finiteBase = pos.equals("VB") && v.basic.hasChild(verb, "nsubj") && !v.basic.hasChild(verb, "mark");
        return (pos.equals("VBP") || pos.equals("VBZ") || finiteBase) && !v.basic.hasChild(verb, "aux")
                && !v.basic.hasChild(verb, "aux:pass");
    }

    /** Whether a plural event noun is the subject of a present-tense copula: "attacks are common". */
    private static boolean genericSubject(SentenceView v, int noun) {
        org.dyad.core.model.Edge up = v.basic.head(noun);
        if (up == null || !up.relation().equals("nsubj") || !v.tok(noun).pos().equals("NNS")) {
            return false;
        }
        return v.basic.children(up.governor(), "cop").stream()
                .anyMatch(c -> Set.of("are", "is").contains(v.word(c.dependent()).toLowerCase(Locale.ROOT)));
    }

    /** What a war-waging participle wages. */
    private static final Set<String> WARS = Set.of("war", "insurgency", "campaign", "struggle", "rebellion",
            "uprising", "jihad");

    /** "…, fighting a guerrilla war against …": a participle set off by a comma, waging a war. */
    private static boolean ongoingWar(SentenceView v, int verb) {
        if (!v.tok(verb).pos().equals("VBG") || verb == 0 || !v.word(verb - 1).equals(",")) {
            return false;
        }
        for (org.dyad.core.model.Edge o : v.basic.children(verb, "obj")) {
            if (WARS.contains(v.lemma(o.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose "for" phrase gives the past act they answer. */
    private static final Set<String> ANSWERING = Set.of("apologize", "apologise", "thank", "praise", "commend",
            "blame", "fault", "punish", "reward", "compensate", "forgive", "pardon", "congratulate", "fine");

    /** Whether a phrase is the "for" reason of a verb of apology, thanks or blame. */
    private static boolean reasonFor(SentenceView v, int phrase, int verb) {
        return ANSWERING.contains(v.lemma(verb)) && v.markedBy(phrase, "for");
    }

    /** Whether a present participle, not set off by a comma, modifies the subject of a verb of saying. */
    private static boolean describesSpeaker(SentenceView v, int participle) {
        org.dyad.core.model.Edge up = v.basic.head(participle);
        if (up == null || !up.relation().equals("acl") || !v.tok(participle).pos().equals("VBG")
                // "Velayati, visiting the Emirates, told reporters": set off by commas, it tells what he is doing.
                || participle > 0 && v.word(participle - 1).equals(",")) {
            return false;
        }
        org.dyad.core.model.Edge subj = v.basic.head(up.governor());
        return subj != null && subj.relation().startsWith("nsubj") && SPEAKING.contains(v.lemma(subj.governor()));
    }

    private static final Set<String> SPEAKING = Set.of("say", "tell", "add", "state", "report", "announce", "note",
            "explain", "comment", "claim");

    /** Verbs of keeping a state up. */
    private static final Set<String> KEEPING = Set.of("maintain", "keep", "retain", "sustain", "uphold");

    /** Adverbs and adjectives of habit and frequency. */
    private static final Set<String> HABITUAL = Set.of("repeatedly", "often", "frequently", "traditionally",
            "usually", "routinely", "regularly", "habitually", "typically", "generally", "customarily",
            "constantly", "continually", "frequent", "regular", "routine", "habitual", "customary", "repeated");

    /** Adverbs of a period, a habit only as adverbs ("held yearly"), not as adjectives ("the yearly talks"). */
    private static final Set<String> PERIODIC = Set.of("yearly", "annually", "monthly", "weekly", "biannually");

    /**
     * Whether a verb in the present perfect counts its object: "have fought two wars", "has held
     * three rounds of talks", "two of their three wars".
     */
    private static boolean tally(SentenceView v, int verb, int object) {
        if (!presentPerfect(v, verb) || !v.tok(object).pos().startsWith("NNS") && !v.tok(object).pos().equals("CD")) {
            return false;
        }
        // A count of acts, not of people or things acted on ("have killed four militants" is one act).
        boolean number = v.tok(object).pos().equals("CD");
        int counted = number ? ofNoun(v, object) : object;
        if (counted < 0 || !COUNTED_ACTS.contains(v.lemma(counted).toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "three rounds of talks": a number counts the noun; "two of their three wars": it heads the phrase.
        return v.basic.children(object).stream().anyMatch(c -> c.relation().equals("nummod")
                && !v.word(c.dependent()).equalsIgnoreCase("one"))
                || number && !v.word(object).equalsIgnoreCase("one");
    }

    /** Whether a verb in the present perfect has an object that names many acts uncounted. */
    private static boolean summary(SentenceView v, int verb) {
        if (!v.tok(verb).isVerb() || !presentPerfect(v, verb)) {
            return false;
        }
        for (org.dyad.core.model.Edge e : v.basic.children(verb, "obj")) {
            if (manyActs(v, e.dependent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb is in the present perfect: "has", "have" or "'ve" as its auxiliary ("had" is not,
     * unlike {@link SentenceView#perfect}).
     */
    private static boolean presentPerfect(SentenceView v, int verb) {
        return v.basic.children(verb, "aux").stream().anyMatch(a -> {
            String w = v.word(a.dependent()).toLowerCase(Locale.ROOT);
            return w.equals("has") || w.equals("have") || w.equals("'ve");
        });
    }

    /** Words that make a plural an uncounted many: "many attacks", "numerous raids". */
    private static final Set<String> MANY = Set.of("many", "numerous", "countless", "scores", "dozens", "hundreds",
            "repeated", "several", "multiple");

    /** Acts that news sums up in the plural: "many attacks", "a series of raids". */
    private static final Set<String> ACTS = Set.of("attack", "bombing", "raid", "strike", "killing", "assault",
            "ambush", "abduction", "kidnapping", "assassination", "blast", "explosion", "clash", "incursion",
            "offensive", "operation", "protest", "demonstration", "visit", "meeting", "arrest", "execution",
            "massacre", "shooting", "atrocity", "violation", "provocation");

    /** Nouns whose "of" phrase is a run of acts: "a string of attacks". */
    private static final Set<String> RUNS = Set.of("string", "series", "spate", "wave", "litany", "number", "catalogue");

    /**
     * Whether an object names many acts without counting them: "many deadly attacks", "a string of
     * bombings", or responsibility for such ("claimed responsibility for many attacks").
     */
    private static boolean manyActs(SentenceView v, int object) {
        int acts = object;
        String lemma = v.lemma(object);
        if (lemma.equals("responsibility") || lemma.equals("credit")) {
            acts = -1;
            for (org.dyad.core.model.Edge c : v.basic.children(object)) {
                if (c.relation().startsWith("nmod") && v.prepOf(c.dependent()).equals("for")) {
                    acts = c.dependent();
                }
            }
            if (acts < 0) {
                return false;
            }
        }
        if (RUNS.contains(v.lemma(acts))) {
            int of = ofNoun(v, acts);
            return of >= 0 && v.tok(of).pos().equals("NNS") && ACTS.contains(v.lemma(of));
        }
        if (!v.tok(acts).pos().equals("NNS") || !ACTS.contains(v.lemma(acts))) {
            return false;
        }
        for (org.dyad.core.model.Edge c : v.basic.children(acts)) {
            String w = v.word(c.dependent());
            if ((c.relation().equals("amod") || c.relation().equals("det") || c.relation().equals("nummod"))
                    && MANY.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The noun of the last "of" phrase of a word, or -1. */
    private static int ofNoun(SentenceView v, int w) {
        int out = -1;
        for (org.dyad.core.model.Edge c : v.basic.children(w)) {
            if (c.relation().startsWith("nmod") && v.prepOf(c.dependent()).equals("of")) {
                out = c.dependent();
            }
        }
        return out;
    }

    /**
     * Nouns of acts that a tally counts over time. Not strikes, raids or agreements: "has signed two
     * agreements with China", "has carried out two air strikes" are usually the day's news.
     */
    private static final Set<String> COUNTED_ACTS = Set.of("war", "round", "visit", "trip", "summit", "time",
            "occasion");

    /** Units of time that make "the past …" a span ("the past week"). */
    private static final Set<String> SPANS = Set.of("day", "week", "month", "year", "decade", "hour", "fortnight",
            "weekend", "century", "few", "several", "two", "three");

    /**
     * Whether a phrase is a span of many years before now: "over the past 50 years", "in recent
     * decades", "during the last few years" (not months: "in recent months the army has withdrawn
     * troops" may tell a single act).
     */
    private static boolean yearsSpan(SentenceView v, int w) {
        if (!SPAN_PREPOSITIONS.contains(v.prepOf(w)) || !LONG_SPANS.contains(v.word(w).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (org.dyad.core.model.Edge c : v.basic.children(w, "amod")) {
            if (BEFORE_NOW.contains(v.word(c.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of a trend, which a span of weeks or months makes no act on a day. */
    private static final Set<String> TRENDS = Set.of("intensify", "escalate", "step", "increase", "ramp", "heighten",
            "redouble", "multiply", "step-up");

    /** Whether a phrase is a span of weeks or more before now: "over the past few months", "in recent weeks". */
    private static boolean recentSpan(SentenceView v, int w) {
        String unit = v.word(w).toLowerCase(Locale.ROOT);
        if (!SPAN_PREPOSITIONS.contains(v.prepOf(w)) || !(unit.equals("weeks") || unit.equals("months")
                || LONG_SPANS.contains(unit))) {
            return false;
        }
        for (org.dyad.core.model.Edge c : v.basic.children(w)) {
            if ((c.relation().equals("amod") || c.relation().equals("det")) && BEFORE_NOW.contains(v.word(c.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Spans that "this" makes the one running to now: "this year". */
    private static final Set<String> THIS_SPANS = Set.of("year", "month", "decade");

    /**
     * Whether a clause's verb has a "since" phrase of a year or a start, or is in the perfect with a
     * "since" phrase or clause ("have been killed since the violence reemerged") or with "this year",
     * and the act's patient is counted in the plural: a toll kept since then.
     */
    private static boolean tollSince(SentenceView v, int verb, int act) {
        boolean perfect = v.perfect(verb);
        for (org.dyad.core.model.Edge e : v.basic.children(verb)) {
            // "have been killed since the Jewish state's offensive": in the perfect, an event as the start
            // dates a toll, as a clause does ("since the violence reemerged"); a recent time ("since last
            // July") does not.
            boolean since = Graph.matches(e.relation(), "obl") && v.prepOf(e.dependent()).equals("since")
                    && (sinceYear(v, e.dependent()) || perfect && !v.isTime(e.dependent()))
                    || Graph.matches(e.relation(), "advcl") && v.markedBy(e.dependent(), "since") && perfect
                    // "At least 200 soldiers have been killed in clashes this year": a toll so far.
                    || perfect && Graph.matches(e.relation(), "obl") && THIS_SPANS.contains(v.lemma(e.dependent()))
                    && v.basic.children(e.dependent(), "det").stream().anyMatch(d -> v.word(d.dependent()).equals("this"));
            if (since && countedVictims(v, act)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an act is counted in "times" ("eight times", not "one time") and dated by no day: only
     * years or a span ("since 2002", "over the years") are among its times.
     */
    private static boolean timesOverSpan(SentenceView v, int act, int times) {
        return v.lemma(times).equalsIgnoreCase("time") && v.word(times).equalsIgnoreCase("times")
                && v.basic.children(times, "nummod").stream().anyMatch(n -> !v.word(n.dependent()).equalsIgnoreCase("one"))
                && v.basic.children(act).stream().noneMatch(t -> v.isTime(t.dependent()) && !year(v, t.dependent())
                        && !SPAN_STARTS.contains(v.prepOf(t.dependent())));
    }

    /** Whether a word is a year: "2002", "1991". */
    private static boolean year(SentenceView v, int w) {
        return v.word(w).matches("(19|20)\\d\\d");
    }

    /** Prepositions of a span of time rather than a day: "since 2002", "over the years". */
    private static final Set<String> SPAN_STARTS = Set.of("since", "over", "during", "throughout");

    /** Nouns of a start, which a "since" phrase dates a toll from: "since the outbreak of fighting". */
    private static final Set<String> STARTS = Set.of("start", "beginning", "outbreak");

    /** Whether a "since" phrase names a year ("since 2003") or a start long past ("since the start of the war"). */
    private static boolean sinceYear(SentenceView v, int w) {
        return year(v, w) || STARTS.contains(v.lemma(w).toLowerCase(Locale.ROOT));
    }

    /** Whether a verb's patient is counted in the plural: "126 soldiers killed", "have arrested 300 people". */
    private static boolean countedVictims(SentenceView v, int word) {
        List<Integer> patients = new java.util.ArrayList<>();
        for (org.dyad.core.model.Edge e : v.basic.children(word)) {
            if (e.relation().equals("obj") || e.relation().equals("nsubj:pass")) {
                patients.add(e.dependent());
            }
        }
        org.dyad.core.model.Edge up = v.basic.head(word);
        if (up != null && up.relation().equals("acl") && v.tok(word).pos().equals("VBN")) {
            patients.add(up.governor());
        }
        for (int p : patients) {
            for (org.dyad.core.model.Edge n : v.basic.children(p, "nummod")) {
                String num = v.word(n.dependent()).replace(",", "");
                if (!num.equals("1") && !num.equalsIgnoreCase("one")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a "since" phrase or clause is "ever since …". */
    private static boolean everSince(SentenceView v, int w) {
        for (org.dyad.core.model.Edge c : v.basic.children(w)) {
            int since = c.dependent();
            if (v.word(since).equalsIgnoreCase("since") && since > 0 && v.word(since - 1).equalsIgnoreCase("ever")) {
                return true;
            }
        }
        return false;
    }

    /** Plural spans long enough to hold many acts: "over the past 50 years", "in recent decades". */
    private static final Set<String> LONG_SPANS = Set.of("years", "decades", "centuries");
    private static final Set<String> SPAN_PREPOSITIONS = Set.of("over", "in", "during", "throughout", "within");
    private static final Set<String> BEFORE_NOW = Set.of("past", "last", "previous", "recent");

    /**
     * Whether a word is the bare "past" of "in the past": no span ("the past week", "the past two
     * days") and no other modifier, so no time that dates an act.
     */
    private static boolean indefinitePast(SentenceView v, int w) {
        if (!v.lemma(w).equalsIgnoreCase("past")) {
            return false;
        }
        boolean in = false;
        boolean the = false;
        for (org.dyad.core.model.Edge c : v.basic.children(w)) {
            String r = c.relation();
            String x = v.word(c.dependent()).toLowerCase(Locale.ROOT);
            if (r.equals("case") && x.equals("in")) {
                in = true;
            } else if (r.equals("det") && x.equals("the")) {
                the = true;
            } else if (!r.equals("punct")) {
                return false;
            }
        }
        return in && the && (w + 1 >= v.s.size() || !SPANS.contains(v.lemma(w + 1).toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a word is modified as a habit: "repeatedly pledged", "often collaborated", "frequent
     * visits", or as a stance held for long: "has long opposed".
     */
    private static boolean habitual(SentenceView v, int word) {
        // "Since 2003, there are 126 British soldiers killed in Iraq": the clause of "there are" holds
        // the span, whether the parser hangs the participle on the soldiers or on "are".
        org.dyad.core.model.Edge described = v.basic.head(word);
        int existential = -1;
        if (described != null && described.relation().equals("acl") && v.tok(word).pos().equals("VBN")) {
            org.dyad.core.model.Edge clause = v.basic.head(described.governor());
            if (clause != null && (clause.relation().startsWith("nsubj") || clause.relation().equals("obj"))) {
                existential = clause.governor();
            }
        } else if (described != null && described.relation().equals("dep") && v.lemma(described.governor()).equals("be")) {
            existential = described.governor();
        }
        if (existential >= 0 && tollSince(v, existential, word) || tollSince(v, word, word)) {
            // "Since 2003, 126 British soldiers have been killed in Iraq": a toll over years, not an act on a day.
            return true;
        }
        for (org.dyad.core.model.Edge e : v.basic.children(word)) {
            if ((e.relation().equals("advmod") || e.relation().equals("amod"))
                    && HABITUAL.contains(v.word(e.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (e.relation().equals("advmod") && PERIODIC.contains(v.word(e.dependent()).toLowerCase(Locale.ROOT))) {
                // "exercises are held yearly": a practice; "the yearly exercises began on Monday" is one of them.
                return true;
            }
            if (e.relation().equals("acl") && v.lemma(e.dependent()).equalsIgnoreCase("average")) {
                // "Israel's air raids on its neighbour, averaging two a month": a rate, not a raid.
                return true;
            }
            if (Graph.matches(e.relation(), "obl") && timesOverSpan(v, word, e.dependent())) {
                // "the LTTE and the government meeting face to face eight times since 2002": a count of
                // acts, none of them on a day ("attacked the town three times on Monday" is on one).
                return true;
            }
            if (e.relation().equals("obj") && tally(v, word, e.dependent())) {
                // "the two countries have fought two of their three wars over Kashmir": a count of past
                // acts, none of them on a day.
                return true;
            }
            if ((Graph.matches(e.relation(), "obl") || Graph.matches(e.relation(), "advcl"))
                    && v.markedBy(e.dependent(), "since") && everSince(v, e.dependent())) {
                // "The EU and the US have frozen aid to the Palestinian Authority ever since Hamas took
                // power": a state kept since then, not an act on a day.
                return true;
            }
            if (Graph.matches(e.relation(), "obl") && TRENDS.contains(v.lemma(word).toLowerCase(Locale.ROOT))
                    && recentSpan(v, e.dependent())) {
                // "the PKK intensified bombing attacks over the past few months": a trend over a span,
                // not an act on a day.
                return true;
            }
            if (Graph.matches(e.relation(), "obl") && yearsSpan(v, e.dependent())) {
                // "Over the past 50 years, China has offered aid to 53 African countries": a tally over
                // years, not an act on a day.
                return true;
            }
            if (Graph.matches(e.relation(), "obl") && indefinitePast(v, e.dependent())) {
                // "in the past the government had pressed banks": a practice of no day, not an act.
                return true;
            }
            if (Graph.matches(e.relation(), "obl") && v.prepOf(e.dependent()).equals("since")
                    && KEEPING.contains(v.lemma(word))) {
                // "has maintained a trade embargo against Cuba since 1962": a state kept up, not an act on a day.
                return true;
            }
            if (e.relation().equals("advmod") && v.word(e.dependent()).equalsIgnoreCase("long") && e.dependent() < word
                    && v.perfect(word)) {
                // "has long opposed", "displeasure has long been noted": a stance held for long.
                return true;
            }
        }
        return false;
    }
}
