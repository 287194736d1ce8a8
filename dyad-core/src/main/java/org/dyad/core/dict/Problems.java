package org.dyad.core.dict;

import java.util.ArrayList;
import java.util.List;

/** Collects dictionary problems so that one run reports all of them, not just the first. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void error(Line at, String reason) {
        list.add(new Problem(at.file(), at.number(), reason, false));
    }

    public void error(String file, int line, String reason) {
        list.add(new Problem(file, line, reason, false));
    }

    public void warn(Line at, String reason) {
        list.add(new Problem(at.file(), at.number(), reason, true));
    }

    public List<Problem> all() {
        return List.copyOf(list);
    }

    public List<Problem> errors() {
        return list.stream().filter(p -> !p.warning()).toList();
    }

    /** Throws if any error (not warning) was collected. */
    public void throwIfErrors() {
        List<Problem> errors = errors();
        if (!errors.isEmpty()) {
            throw new DictionaryException(errors);
        }
    }
}
