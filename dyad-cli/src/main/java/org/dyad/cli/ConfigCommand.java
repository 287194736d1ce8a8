package org.dyad.cli;

import java.util.concurrent.Callable;
import org.dyad.core.config.Key;
import org.dyad.core.config.Keys;
import picocli.CommandLine.Command;

/** {@code dyad config}: the configuration keys, their defaults and meanings. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "List the configuration keys.")
final class ConfigCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        for (Key<?> k : Keys.all()) {
            System.out.printf("%-26s %-12s %s%n", k.name(), k.defaultValue().isEmpty() ? "(none)" : k.defaultValue(),
                    k.description());
        }
        return ExitCodes.OK;
    }
}
