package org.dyad.core.actors;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dyad.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * A country word that begins a company's name names the company, not the country: "Dutch Rail",
 * "Saudi Aramco Oil", "Kenya Power". The name is a run the named-entity tagger marks as an
 * organisation, longer than the country word, with a word of business in it that no dictionary
 * phrase covers; such a mention is the country's business (BUS).
 */
final class CompanyNames {
    /** Words that make an organisation's name a company's. */
    private static final Set<String> BUSINESS = Set.of("rail", "railway", "railways", "airlines", "airline", "airways",
            "air", "motors", "motor", "oil", "petroleum", "gas", "telecom", "telecoms", "bank", "steel", "energy",
            "shipping", "lines", "electric", "power", "group", "holdings", "holding", "corp", "corp.", "corporation",
            "company", "inc", "inc.", "ltd", "ltd.", "plc", "co", "co.", "mining", "petrochemical", "airport",
            "post", "mail", "insurance", "investment", "investments", "cement", "pharmaceuticals", "foods", "chemicals");

    /** The name's tokens {@code [start, end)}. */
    record Name(int start, int end) {}

    private CompanyNames() {}

    /**
     * The company name that the country word {@code [start, end)} begins or lies in, or null.
     * {@code known} tells tokens that another dictionary phrase covers.
     */
    static @Nullable Name around(Sentence s, int start, int end, IntPredicate known) {
        if (!org(s, start) || !org(s, end - 1)) {
            return null;
        }
        int a = start;
        int b = end;
        while (a > 0 && org(s, a - 1)) {
            a--;
        }
        while (b < s.size() && org(s, b)) {
            b++;
        }
        if (b - a <= end - start) {
            return null;
        }
        boolean business = false;
        for (int k = a; k < b; k++) {
            if (k >= start && k < end) {
                continue;
            }
            if (known.test(k)) {
                return null;
            }
            business |= BUSINESS.contains(s.token(k).word().toLowerCase(Locale.ROOT));
        }
        return business ? new Name(a, b) : null;
    }

    private static boolean org(Sentence s, int k) {
        return "ORGANIZATION".equals(s.token(k).ner());
    }
}
