package org.dyad.core.dict;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.ontology.Cameo;

/**
 * Everything Dyad reads from dictionary files, loaded once and shared between threads.
 *
 * @param actors actors and the phrases that name them
 * @param verbs verb patterns
 * @param nouns noun patterns
 * @param frames complement-taking predicates
 * @param synsets named word sets
 * @param discards phrases of non-political genres
 * @param boilerplate patterns of non-news paragraphs
 * @param warnings problems that did not stop loading
 */
public record Dictionaries(
        ActorDictionary actors,
        PatternDictionary verbs,
        PatternDictionary nouns,
        Frames frames,
        Synsets synsets,
        Discards discards,
        Boilerplate boilerplate,
        List<Problem> warnings) {

    /** Loads the roots in order, each layered over the ones before; throws on any error. */
    public static Dictionaries load(List<DictionaryRoot> roots, Cameo cameo) {
        Problems problems = new Problems();
        Dictionaries d = read(roots, cameo, problems);
        problems.throwIfErrors();
        return d;
    }

    /** Loads the roots and returns every problem found instead of throwing. */
    public static List<Problem> check(List<DictionaryRoot> roots, Cameo cameo) {
        Problems problems = new Problems();
        read(roots, cameo, problems);
        return problems.all();
    }

    private static Dictionaries read(List<DictionaryRoot> roots, Cameo cameo, Problems problems) {
        ActorDictionaryLoader actors = new ActorDictionaryLoader(problems);
        List<Block> synsetBlocks = new ArrayList<>();
        List<Block> frameBlocks = new ArrayList<>();
        List<Block> discardBlocks = new ArrayList<>();
        List<Block> boilerBlocks = new ArrayList<>();
        for (DictionaryRoot r : roots) {
            actors.add(Block.parse(r.lines("actors", problems), problems));
            synsetBlocks.addAll(Block.parse(r.lines("synsets", problems), problems));
            frameBlocks.addAll(Block.parse(r.lines("frames.txt", problems), problems));
            discardBlocks.addAll(Block.parse(r.lines("discards.txt", problems), problems));
            boilerBlocks.addAll(Block.parse(r.lines("boilerplate.txt", problems), problems));
        }
        Synsets synsets = Synsets.from(synsetBlocks, problems);
        PatternParser parser = new PatternParser(cameo, synsets, problems);
        List<Pattern> verbs = new ArrayList<>();
        List<Pattern> nouns = new ArrayList<>();
        for (DictionaryRoot r : roots) {
            for (Line l : r.lines("verbs", problems)) {
                Pattern p = parser.parse(l, false);
                if (p != null) {
                    verbs.add(p);
                }
            }
            for (Line l : r.lines("nouns", problems)) {
                Pattern p = parser.parse(l, true);
                if (p != null) {
                    nouns.add(p);
                }
            }
        }
        ActorDictionary actorDictionary = actors.build();
        Frames frames = Frames.from(frameBlocks, cameo, problems);
        Discards discards = Discards.from(discardBlocks, problems);
        Boilerplate boilerplate = Boilerplate.from(boilerBlocks, problems);
        List<Problem> warnings = new ArrayList<>();
        for (Problem p : problems.all()) {
            if (p.warning()) {
                warnings.add(p);
            }
        }
        return new Dictionaries(actorDictionary, new PatternDictionary(verbs), new PatternDictionary(nouns),
                frames, synsets, discards, boilerplate, List.copyOf(warnings));
    }
}
