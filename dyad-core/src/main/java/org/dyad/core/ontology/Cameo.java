package org.dyad.core.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event ontology: every code, its name, Goldstein value, quad class and PLOVER
 * category. Immutable; load once with {@link #standard()} and share.
 */
public final class Cameo {
    private static final String RESOURCE = "cameo.tsv";
    private final Map<String, CameoCode> codes;

    private Cameo(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** Reads the built-in table. */
    public static Cameo standard() {
        try (InputStream in = Cameo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Cameo read(InputStream in) throws IOException {
        Map<String, CameoCode> m = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalStateException(RESOURCE + ":" + n + ": expected 6 tab-separated columns");
            }
            String plover = f[2].isEmpty() ? null : f[2];
            m.put(f[0], new CameoCode(f[0], f[3], Double.parseDouble(f[1]), plover, f[4].isEmpty() ? null : f[4],
                    f[5].isEmpty() ? null : f[5]));
        }
        return new Cameo(m);
    }

    /**
     * This ontology with more codes, for dictionaries that use codes outside CAMEO (PETRARCH's
     * test dictionaries). A code already known is kept as it is.
     */
    public Cameo withCodes(Collection<CameoCode> more) {
        Map<String, CameoCode> m = new LinkedHashMap<>(codes);
        for (CameoCode c : more) {
            m.putIfAbsent(c.code(), c);
        }
        return new Cameo(m);
    }

    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** The code; an unknown code is a programming or dictionary error. */
    public CameoCode get(String code) {
        CameoCode c = codes.get(code);
        if (c == null) {
            throw new IllegalArgumentException("unknown CAMEO code: " + code);
        }
        return c;
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }

    public int size() {
        return codes.size();
    }
}
