package org.dyad.core.coder;

import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.dict.Frames;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Which frame a word opens: its frame by lemma, with a particle for verbs and adjectives, and the
 * cases where a word that lists a frame opens none ("called the move a mistake" names, a light
 * verb with a particle of its own is another verb).
 */
final class FrameLookup {
    private final Frames frames;

    FrameLookup(Frames frames) {
        this.frames = frames;
    }

    /** The kind of the frame a word opens, or null. */
    Frame.@Nullable Kind frameKind(SentenceView v, int f) {
        Frame fr = frameOf(v, f);
        return fr == null ? null : fr.kind();
    }

    /** Verbs of support whose participle before "by" describes who is backed: "forces backed by tanks". */
    private static final Set<String> BACKED_BY = Set.of("back", "support", "endorse", "favour", "favor");

    /** The frame a word opens, by lemma (with particle) for verbs and adjectives, by lemma for nouns. */
    Frame frameOf(SentenceView v, int f) {
        Token t = v.tok(f);
        if (t.isNoun() || possessed(v, f)) {
            return frames.noun(v.lemma(f)).orElse(frames.noun(v.word(f)).orElse(null));
        }
        for (String key : v.predicateKeys(f)) {
            var fr = frames.verb(key);
            if (fr.isPresent()) {
                // "to hold off the new tariffs", "held up the talks": a light verb with a particle of
                // its own is another verb, unless the frame lists it with the particle ("carry_out").
                if (fr.get().kind() == Frame.Kind.LIGHT && key.equals(v.lemma(f)) && v.basic.hasChild(f, "compound:prt")) {
                    return null;
                }
                if (fr.get().kind() == Frame.Kind.APPEAL && key.equals("call") && !callsFor(v, f)) {
                    // "what he called a full-fledged war", "called the move a mistake": naming, not appealing.
                    return null;
                }
                if (fr.get().kind() == Frame.Kind.LIGHT && v.timeTaken(f)) {
                    // "It will take four years to negotiate": time taken carries no act.
                    return null;
                }
                if (fr.get().kind() == Frame.Kind.INTEND && BACKED_BY.contains(key) && v.tok(f).pos().equals("VBN")
                        && f + 1 < v.s.size() && v.word(f + 1).equalsIgnoreCase("by")) {
                    // "the Israeli army forces backed by dozens of tanks had occupied the town": a participle
                    // of support describes a force, whatever clause the parser hung on it.
                    return null;
                }
                return fr.get();
            }
        }
        return null;
    }

    /** A word right after a possessive "'s" is a noun, whatever its tag ("Canada's right to protect", tagged RB). */
    static boolean possessed(SentenceView v, int n) {
        return n > 0 && v.word(n - 1).equals("'s") && !v.tok(n).isVerb();
    }

    /**
     * Whether "call" appeals: "called for talks", "called on Iran to", "called Tehran to urge",
     * "calls to end the war"; not "what he called a war" or "called the move a mistake".
     */
    static boolean callsFor(SentenceView v, int call) {
        for (Edge e : v.basic.children(call)) {
            String r = e.relation();
            int d = e.dependent();
            if (r.equals("compound:prt") && Set.of("on", "upon").contains(v.word(d).toLowerCase(java.util.Locale.ROOT))
                    || (r.startsWith("obl") || r.startsWith("nmod")) && v.markedBy(d, "for", "on", "upon")
                    || (r.equals("xcomp") || r.startsWith("advcl") || r.equals("ccomp")) && v.tok(d).isVerb()
                            && v.markedBy(d, "to", "for")) {
                return true;
            }
        }
        return v.tok(call).isNoun();
    }

    /**
     * The light verb whose object an event noun is, or -1: "launched its offensive against
     * Ukraine", "mounted its long-threatened invasion".
     */
    int lightVerbOf(SentenceView v, int noun) {
        Edge up = v.basic.head(noun);
        if (up == null || !up.relation().equals("obj")) {
            return -1;
        }
        Frame f = frameOf(v, up.governor());
        return f != null && f.kind() == Frame.Kind.LIGHT ? up.governor() : -1;
    }
}
