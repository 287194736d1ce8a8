package org.dyad.core.model;

/** What sort of thing a dictionary actor is. */
public enum ActorKind {
    COUNTRY,
    SECTOR,
    IGO,
    NGO,
    GROUP,
    ORG,
    PERSON,
    MODIFIER,
    /** Phrases that contain an actor's name but name no actor: "New Mexico", "Indian Ocean". */
    NONACTOR,
    /**
     * News media that report the news rather than take part in it (the international wires): no
     * actor, but known as the press when a statement is made to them ("told AFP").
     */
    PRESS,
    /** Found by NER or composition but in no dictionary. */
    UNKNOWN;

    public static ActorKind parse(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
