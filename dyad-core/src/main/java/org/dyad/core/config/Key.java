package org.dyad.core.config;

import java.util.function.Function;
import org.dyad.core.ConfigException;

/**
 * A configuration key: a namespaced name, a default, a parser and a description.
 *
 * @param <T> the value's type
 */
public final class Key<T> {
    private final String name;
    private final String defaultValue;
    private final Function<String, T> parser;
    private final String description;

    Key(String name, String defaultValue, Function<String, T> parser, String description) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    T parse(String raw) {
        try {
            return parser.apply(raw.trim());
        } catch (ConfigException e) {
            throw new ConfigException("configuration key '" + name + "': " + e.getMessage());
        } catch (RuntimeException e) {
            throw new ConfigException("configuration key '" + name + "': bad value '" + raw + "'", e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
