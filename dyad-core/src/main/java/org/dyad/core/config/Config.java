package org.dyad.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.dyad.core.ConfigException;

/**
 * Dyad's configuration: one flat map of namespaced keys ({@code nlp.threads}). Every key must
 * be one of {@link Keys}; an unknown key or a bad value is a {@link ConfigException}. Immutable.
 * Nothing in Dyad reads environment variables or system properties for configuration.
 */
public final class Config {
    private final Map<String, String> values;

    private Config(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static Config defaults() {
        return new Config(Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    public <T> T get(Key<T> key) {
        String raw = values.get(key.name());
        return key.parse(raw == null ? key.defaultValue() : raw);
    }

    /** The explicitly set values. */
    public Map<String, String> explicit() {
        return values;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        return b;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Collects values, rejecting unknown keys and bad values as soon as they are set. */
    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();

        private Builder() {}

        public Builder set(String key, String value) {
            Key<?> k = Keys.find(key).orElseThrow(() -> new ConfigException(
                    "unknown configuration key '" + key + "' (see 'dyad config' for the known keys)"));
            k.parse(value);
            values.put(key, value);
            return this;
        }

        public <T> Builder set(Key<T> key, String value) {
            return set(key.name(), value);
        }

        /** Parses {@code key=value}. */
        public Builder setPair(String pair) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("expected key=value, not '" + pair + "'");
            }
            return set(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }

        /** Reads a Java properties file of keys and values. */
        public Builder load(Path file) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage(), e);
            }
            for (String name : new TreeMap<>(p).keySet().stream().map(Object::toString).toList()) {
                try {
                    set(name, p.getProperty(name));
                } catch (ConfigException e) {
                    throw new ConfigException(file + ": " + e.getMessage(), e);
                }
            }
            return this;
        }

        public Config build() {
            return new Config(values);
        }
    }
}
