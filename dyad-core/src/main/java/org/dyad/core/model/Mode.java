package org.dyad.core.model;

import java.util.Locale;

/** Whether the text asserts an event. Only asserted and reliable reported events feed statistics. */
public enum Mode {
    /** The text says it happened. */
    ASSERTED,
    /** The text says it did not happen: "did not attack", "failed to reach". */
    NEGATED,
    /** Conditional, modal, wished for, or asked about: "would attack", "if they attack", "will they attack?". */
    HYPOTHETICAL,
    /** Inside someone's attributed speech: "officials said the rebels attacked". */
    REPORTED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
