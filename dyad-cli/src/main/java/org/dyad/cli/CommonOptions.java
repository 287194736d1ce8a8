package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.config.Config;
import org.dyad.core.config.Keys;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options every coding command shares: configuration, dictionaries, threads, default date. */
final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "A properties file of configuration keys.")
    @Nullable Path configFile;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE", description = "Set one configuration key (repeatable).")
    List<String> set = new ArrayList<>();

    @Option(names = {"-d", "--dictionaries"}, paramLabel = "DIR",
            description = "A dictionary directory layered over the built-in ones (repeatable); "
                    + "'petrarch:DIR' loads PETRARCH-2 dictionaries.")
    List<String> dictionaries = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once (default: one per core).")
    @Nullable Integer threads;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for documents that have none (and no dateline).")
    @Nullable String date;

    Config config() {
        Config.Builder b = Config.builder();
        if (configFile != null) {
            b.load(configFile);
        }
        for (String kv : set) {
            b.setPair(kv);
        }
        if (threads != null) {
            b.set(Keys.NLP_THREADS, String.valueOf(threads));
        }
        if (date != null) {
            b.set(Keys.INPUT_DEFAULT_DATE, date);
        }
        List<String> user = new ArrayList<>();
        List<String> petrarch = new ArrayList<>();
        for (String d : dictionaries) {
            if (d.startsWith("petrarch:")) {
                petrarch.add(d.substring("petrarch:".length()));
            } else {
                user.add(d);
            }
        }
        if (!user.isEmpty()) {
            b.set(Keys.DICT_PATH, String.join(",", user));
        }
        if (!petrarch.isEmpty()) {
            b.set(Keys.DICT_PETRARCH, String.join(",", petrarch));
        }
        return b.build();
    }
}
