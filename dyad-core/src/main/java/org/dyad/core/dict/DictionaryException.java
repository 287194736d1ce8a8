package org.dyad.core.dict;

import java.util.List;

/**
 * A broken dictionary: a configuration error, reported as {@code file:line: reason} for every
 * problem found.
 */
public final class DictionaryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public DictionaryException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder b = new StringBuilder();
        b.append(problems.size()).append(problems.size() == 1 ? " dictionary problem" : " dictionary problems");
        int shown = 0;
        for (Problem p : problems) {
            if (shown++ == 20) {
                b.append("\n  … and ").append(problems.size() - 20).append(" more (run 'dyad dict check')");
                break;
            }
            b.append("\n  ").append(p);
        }
        return b.toString();
    }
}
