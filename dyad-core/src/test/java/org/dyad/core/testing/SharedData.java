package org.dyad.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds files of the shared evaluation data beside the project ({@code ../shared/data}). A
 * fresh clone has none, so tests that need it must skip when this returns empty.
 */
public final class SharedData {
    private SharedData() {}

    public static Optional<Path> find(String relative) {
        for (String base : new String[] {"../shared/data", "../../shared/data", "../../../shared/data"}) {
            Path p = Path.of(base, relative);
            if (Files.exists(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
