package org.dyad.core.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions for paragraphs that are not news: author notes, credits, subscription
 * prompts. From {@code boilerplate.txt}:
 *
 * <pre>
 * boilerplate BYLINE author notes
 *     pattern  ^the writer is\b
 * </pre>
 *
 * Patterns ignore case and are searched in short paragraphs only.
 */
public final class Boilerplate {
    private final List<Rule> rules;

    /** One pattern with its provenance. */
    public record Rule(String name, java.util.regex.Pattern pattern, String rule) {}

    private Boilerplate(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Boilerplate empty() {
        return new Boilerplate(List.of());
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The first rule that finds the paragraph to be boilerplate, or null. */
    public Rule match(String paragraph) {
        for (Rule r : rules) {
            if (r.pattern().matcher(paragraph).find()) {
                return r;
            }
        }
        return null;
    }

    public static Boilerplate from(List<Block> blocks, Problems problems) {
        List<Rule> out = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.kind().equals("boilerplate")) {
                problems.error(b.header(), "expected 'boilerplate NAME', not '" + b.kind() + "'");
                continue;
            }
            for (Block.Field f : b.fields()) {
                if (!f.name().equals("pattern")) {
                    problems.error(f.line(), "a boilerplate block has 'pattern' lines");
                    continue;
                }
                try {
                    out.add(new Rule(b.id(), java.util.regex.Pattern.compile(f.value(),
                            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE),
                            f.line().where()));
                } catch (PatternSyntaxException e) {
                    problems.error(f.line(), "bad regular expression: " + e.getDescription());
                }
            }
        }
        return new Boilerplate(out);
    }
}
