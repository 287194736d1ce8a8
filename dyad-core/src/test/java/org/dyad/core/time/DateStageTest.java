// Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.core.model.EventDate.Precision;
import org.junit.jupiter.api.Test;

class DateStageTest {
    private static final LocalDate PUB = LocalDate.of(2006, 12, 18);

    private static TimeExpression time(String text, LocalDate date, Precision p) {
        return new TimeExpression(0, 0, 1, text, date, p, false);
    }

    @Test
    void aYearNamedThatBeginsAfterTheReportIsAhead() {
        assertTrue(DateStage.yetToCome(time("early 2008", LocalDate.of(2008, 1, 1), Precision.YEAR), PUB));
        assertTrue(DateStage.yetToCome(time("March 2007", LocalDate.of(2007, 3, 1), Precision.MONTH), PUB));
        assertTrue(DateStage.yetToCome(time("January 5, 2007", LocalDate.of(2007, 1, 5), Precision.DAY), PUB));
    }

    @Test
    void theReportsOwnYearOrMonthIsNotAhead() {
        assertFalse(DateStage.yetToCome(time("2006", LocalDate.of(2006, 1, 1), Precision.YEAR), PUB));
        assertFalse(DateStage.yetToCome(time("December 2006", LocalDate.of(2006, 12, 1), Precision.MONTH), PUB));
        assertFalse(DateStage.yetToCome(time("in 1984", LocalDate.of(1984, 1, 1), Precision.YEAR), PUB));
    }
}
