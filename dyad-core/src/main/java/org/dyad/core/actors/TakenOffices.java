package org.dyad.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.CodeSpan;
import org.dyad.core.model.Sentence;
import org.dyad.core.text.EditDistance;
import org.jspecify.annotations.Nullable;

/**
 * "Speaking at a press conference at KCCI, President Jawed Bilwani said": a head of state's or
 * government's title before a name no dictionary knows, in a country whose holder of that office
 * on the date the dictionary does know, is another body's president (a chamber's, a club's, a
 * party's). The person keeps the country and loses the government's role.
 */
final class TakenOffices {
    /** The titles of a state's one head, as a mention's words give them, and as the people files write them. */
    private static final Map<String, String> HEADS = Map.of("president", "president", "prime minister",
            "prime minister", "premier", "prime minister");

    /** A head's dated span, the office it holds ("president", "prime minister") and the holder's name. */
    private record Tenure(CodeSpan span, String office, String name) {}

    /** Dated spans of each country's heads of state and government, by country. */
    private final Map<String, List<Tenure>> byCountry = new HashMap<>();

    TakenOffices(ActorDictionary dictionary) {
        for (Actor a : dictionary.ofKind(ActorKind.PERSON)) {
            if (a.country() == null) {
                continue;
            }
            for (CodeSpan c : a.codes()) {
                String office = firstWords(c.title().toLowerCase(Locale.ROOT));
                if (c.dated() && c.code().endsWith("GOV") && HEADS.containsValue(office)) {
                    byCountry.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(new Tenure(c, office, a.name()));
                }
            }
        }
    }

    /** The title's words up to its first qualifier: "president (resigned)" → "president". */
    private static String firstWords(String title) {
        return title.replaceAll("[(;,].*$", "").trim();
    }

    /** The mentions, with every unknown holder of a taken head's title made a person of the country alone. */
    List<ActorMention> apply(Sentence s, List<ActorMention> ms, @Nullable LocalDate date) {
        if (date == null) {
            return ms;
        }
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            int name = nameStart(s, m);
            String office = name < 0 ? null : HEADS.get(s.words(m.start(), name).toLowerCase(Locale.ROOT));
            // A title held then is no one else's now: "then president Gen Pervez Musharraf proclaimed
            // the state of emergency in 2007".
            boolean heldThen = m.start() > 0 && s.token(m.start() - 1).word().equalsIgnoreCase("then");
            if (office != null && m.actor().country() != null && !heldThen
                    && takenByAnother(m.actor().country(), office, date, s.words(name, m.end()))) {
                ActorMention body = bodyBefore(ms, m);
                out.add(body == null
                        ? m.withActor(m.actor(), null, Form.ROLE, " + not the " + office + ": the office is held")
                        : m.withActor(body.actor(), body.role(), Form.ROLE, " + not the " + office
                                + ": the office is held; of '" + body.text() + "'"));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The body of society named last before the title in its sentence, of the title's country
     * ("at KCCI, President Jawed Bilwani": the chamber's, PAKBUS); null when there is none.
     */
    private static @Nullable ActorMention bodyBefore(List<ActorMention> ms, ActorMention m) {
        ActorMention best = null;
        for (ActorMention c : ms) {
            if (c.sentence() == m.sentence() && c.end() <= m.start() && c.actor() != null && c.role() != null
                    && !RoleCodes.STATE_ORGANS.contains(c.role()) && !"CVL".equals(c.role())
                    && m.actor().country().equals(c.actor().country() == null ? c.actor().id() : c.actor().country())
                    && (best == null || c.start() > best.start())) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Where the person's name starts in a government role mention whose other words are its title
     * ("President Jawed Bilwani": 1); -1 when the mention is not a title and a name no dictionary
     * knows.
     */
    private static int nameStart(Sentence s, ActorMention m) {
        if (m.form() != Form.ROLE || !"GOV".equals(m.role()) || m.actor() == null
                || m.actor().kind() != ActorKind.COUNTRY) {
            return -1;
        }
        int k = m.start();
        while (k < m.end() && !"PERSON".equals(s.token(k).ner())) {
            k++;
        }
        if (k == m.start() || k == m.end()) {
            return -1;
        }
        for (int j = k; j < m.end(); j++) {
            if (!"PERSON".equals(s.token(j).ner())) {
                return -1;
            }
        }
        return k;
    }

    /**
     * Whether the dictionary knows who held this office of the country on the date, and the name
     * is not a spelling of theirs ("President Omar al-Beshir" is Omar al-Bashir) nor of one who
     * held it before.
     */
    private boolean takenByAnother(String country, String office, LocalDate date, String name) {
        boolean taken = false;
        for (Tenure t : byCountry.getOrDefault(country, List.of())) {
            if (!t.office().equals(office)) {
                continue;
            }
            if (spelling(name, t.name()) && (t.span().covers(date) || t.span().to() != null && t.span().to().isBefore(date))) {
                // "opened in 2002 by President George W. Bush", told in 2025: the title he held then.
                return false;
            }
            taken |= t.span().covers(date);
        }
        return taken;
    }

    /** Whether a name shares a word, or a spelling of one (two letters apart at most), with the holder's. */
    private static boolean spelling(String name, String holder) {
        for (String a : words(name)) {
            for (String b : words(holder)) {
                if (a.length() > 3 && b.length() > 3 && EditDistance.of(a, b) <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] words(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\b(al|el|ul|bin|ibn)-", "").split("[\\s-]+");
    }
}
