package org.dyad.core.model;

import java.util.Set;

/** Words for a person's kin ("his wife", "a relative"), which the actor stage and the coder read alike. */
public final class Kin {
    private Kin() {}

    /** The nearest kin, by lemma: a spouse, a child, a parent, a sibling, a cousin, a nephew or niece, a relative. */
    public static final Set<String> WORDS = Set.of("wife", "husband", "daughter", "son", "brother", "sister",
            "mother", "father", "cousin", "nephew", "niece", "relative");
}
