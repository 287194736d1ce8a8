package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.EventDate.Precision;
import org.dyad.core.testing.Tokens;
import org.junit.jupiter.api.Test;

class TimeFinderTest {
    private static final LocalDate PUB = LocalDate.of(2024, 6, 12); // a Wednesday

    private static TimeExpression only(String text) {
        List<TimeExpression> t = TimeFinder.find(Tokens.sentence(text), PUB);
        assertEquals(1, t.size(), text + " → " + t);
        return t.get(0);
    }

    private static void is(String text, String date, Precision p) {
        TimeExpression t = only(text);
        assertEquals(LocalDate.parse(date), t.date(), text);
        assertEquals(p, t.precision(), text);
    }

    @Test
    void absoluteDates() {
        is("On March 18, 2021, the envoys met.", "2021-03-18", Precision.DAY);
        is("The envoys met on 18 March 2021 in Doha.", "2021-03-18", Precision.DAY);
        is("The talks began in August 2021 and stalled.", "2021-08-01", Precision.MONTH);
        is("The crossing has been closed since 2019.", "2019-01-01", Precision.YEAR);
        is("The summit opened on 2022-02-12 in Doha.", "2022-02-12", Precision.DAY);
    }

    @Test
    void datesWithoutYearTakeTheNearestPastYear() {
        is("The foreign minister arrived on March 3.", "2024-03-03", Precision.DAY);
        is("The ceasefire of 20 November collapsed.", "2023-11-20", Precision.DAY);
        is("Fighting resumed in February.", "2024-02-01", Precision.MONTH);
        is("Fighting resumed in October.", "2023-10-01", Precision.MONTH);
    }

    @Test
    void relativeDates() {
        is("Officials said on Wednesday that talks would resume.", "2024-06-12", Precision.DAY);
        is("The minister spoke on Monday.", "2024-06-10", Precision.DAY);
        is("The minister spoke last Wednesday.", "2024-06-05", Precision.DAY);
        is("Troops withdrew yesterday.", "2024-06-11", Precision.DAY);
        is("The army shelled the town last month.", "2024-05-01", Precision.MONTH);
        is("The embassy closed two years ago.", "2022-01-01", Precision.YEAR);
        is("The deal was signed three days ago.", "2024-06-09", Precision.DAY);
        is("Aid arrived a few days ago.", "2024-06-01", Precision.MONTH);
        is("Relations soured earlier this year.", "2024-01-01", Precision.YEAR);
        is("The army withdrew last year.", "2023-01-01", Precision.YEAR);
    }

    @Test
    void monthNamesThatAreWordsNeedADateContext() {
        assertTrue(TimeFinder.find(Tokens.sentence("Protesters may march on the capital."), PUB).isEmpty());
        assertTrue(TimeFinder.find(Tokens.sentence("The talks may resume."), PUB).isEmpty());
        is("The talks resumed in May.", "2024-05-01", Precision.MONTH);
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertTrue(TimeFinder.find(Tokens.sentence("Troops withdrew yesterday."), null).isEmpty());
        assertEquals(1, TimeFinder.find(Tokens.sentence("Troops withdrew on 3 May 2020."), null).size());
    }

    @Test
    void datelinesGiveAPublicationDate() {
        assertEquals(LocalDate.of(2021, 3, 18), PublicationDateStage.dateline("ISLAMABAD, March 18, 2021 — Pakistan said"));
        assertEquals(LocalDate.of(2023, 4, 12), PublicationDateStage.dateline("NAIROBI, Kenya, April 12, 2023 (Wire) - Kenya"));
        assertEquals(LocalDate.of(2024, 1, 3), PublicationDateStage.dateline("KYIV, 3 January 2024 — Ukraine and Russia"));
        assertEquals(null, PublicationDateStage.dateline("On March 18, 2021, the envoys met."));
    }
}
