package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.ConfigException;
import org.dyad.core.actors.ActorStage;
import org.dyad.core.actors.CorefStage;
import org.dyad.core.actors.PlaceCountries;
import org.dyad.core.clean.Cleaner;
import org.dyad.core.clean.EnglishGuard;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.config.Config;
import org.dyad.core.config.Keys;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.DictionaryRoot;
import org.dyad.core.dict.petrarch.PetrarchDictionaries;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.parse.ParseStage;
import org.dyad.core.parse.Parser;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.Stage;
import org.dyad.core.time.DateStage;
import org.dyad.core.time.PublicationDateStage;
import org.dyad.core.time.TimeStage;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.PlaceStage;
import org.dyad.nlp.CoreNlpParser;
import org.jspecify.annotations.Nullable;

/**
 * The composition root: builds the ontology, dictionaries, parser and pipeline from one
 * configuration. The CoreNLP parser is built on first use and shared by every thread.
 */
final class Engine {
    final Config config;
    final Cameo cameo;
    final Dictionaries dictionaries;
    private @Nullable Parser parser;
    private @Nullable Gazetteer gazetteer;

    private Engine(Config config, Cameo cameo, Dictionaries dictionaries) {
        this.config = config;
        this.cameo = cameo;
        this.dictionaries = dictionaries;
    }

    /**
     * Loads Dyad's dictionaries (built-in and {@code dict.path}) and, when {@code dict.petrarch}
     * names any, PETRARCH-2 dictionaries layered over them, or alone when there are no Dyad ones.
     */
    static Engine create(Config config) {
        Cameo cameo = Cameo.standard();
        List<DictionaryRoot> roots = roots(config);
        List<String> petrarch = config.get(Keys.DICT_PETRARCH);
        if (petrarch.isEmpty()) {
            return new Engine(config, cameo, Dictionaries.load(roots, cameo));
        }
        Dictionaries base = roots.isEmpty() ? null : Dictionaries.load(roots, cameo);
        List<Path> dirs = new ArrayList<>();
        for (String d : petrarch) {
            dirs.add(Path.of(d));
        }
        PetrarchDictionaries.Loaded p = PetrarchDictionaries.load(dirs, base, cameo,
                PetrarchDictionaries.Codes.parse(config.get(Keys.DICT_PETRARCH_CODES)));
        return new Engine(config, p.cameo(), p.dictionaries());
    }

    /** Dyad's own dictionary roots; empty only when PETRARCH dictionaries take their place. */
    static List<DictionaryRoot> roots(Config config) {
        List<DictionaryRoot> roots = new ArrayList<>();
        if (config.get(Keys.DICT_BUILTIN)) {
            roots.add(DictionaryRoot.builtin());
        }
        for (String d : config.get(Keys.DICT_PATH)) {
            roots.add(DictionaryRoot.directory(Path.of(d)));
        }
        if (roots.isEmpty() && config.get(Keys.DICT_PETRARCH).isEmpty()) {
            throw new ConfigException("no dictionaries: dict.builtin is false and dict.path and dict.petrarch are empty");
        }
        return roots;
    }

    synchronized Parser parser() {
        if (parser == null) {
            parser = new CoreNlpParser(config);
        }
        return parser;
    }

    synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.builtin();
        }
        return gazetteer;
    }

    /** Every stage, in order. */
    List<Stage> stages() {
        boolean check = config.get(Keys.CLEAN_LANGUAGE_CHECK);
        List<Stage> s = new ArrayList<>();
        s.add(new Cleaner(dictionaries.boilerplate(), check ? new EnglishGuard(config.get(Keys.CLEAN_MIN_ENGLISH)) : null));
        s.add(new PublicationDateStage(config.get(Keys.INPUT_DEFAULT_DATE)));
        s.add(new ParseStage(parser()));
        PlaceCountries places = placeCountries();
        s.add(new ActorStage(dictionaries.actors(), places));
        s.add(new CorefStage(dictionaries.actors(), places));
        s.add(new TimeStage());
        s.add(eventCoder());
        s.add(new DateStage(config.get(Keys.DATES_HISTORY_DAYS)));
        s.add(new PlaceStage(gazetteer()));
        return s;
    }

    /** Countries of place names, from the gazetteer. */
    private PlaceCountries placeCountries() {
        Gazetteer g = gazetteer();
        return new PlaceCountries() {
            @Override
            public @Nullable String countryOf(String placeName) {
                return g.countryOf(placeName);
            }

            @Override
            public boolean hasCity(String placeName, String iso3) {
                return g.hasCity(placeName, iso3);
            }

            @Override
            public boolean isDivision(String placeName, String iso3) {
                return g.isDivision(placeName, iso3);
            }

            @Override
            public boolean isRegion(String placeName) {
                return g.isRegion(placeName);
            }
        };
    }

    /** The event coder as configured: the pipeline's stage, and what {@code dyad explain} traces. */
    EventCoder eventCoder() {
        return new EventCoder(dictionaries, cameo, config.get(Keys.CODER_STATEMENTS), config.get(Keys.CODER_MIN_CONFIDENCE),
                placeCountries(), config.get(Keys.CODER_PETRARCH_COMPAT));
    }

    Pipeline pipeline() {
        return Pipeline.of(stages());
    }

    int threads() {
        int t = config.get(Keys.NLP_THREADS);
        return t > 0 ? t : Runtime.getRuntime().availableProcessors();
    }
}
