package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.EventDate.Precision;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
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
        is(Tokens.sentence(text), PUB, date, p);
    }

    private static void is(Sentence s, LocalDate pub, String date, Precision p) {
        List<TimeExpression> ts = TimeFinder.find(s, pub);
        assertEquals(1, ts.size(), s.text() + " → " + ts);
        assertEquals(LocalDate.parse(date), ts.get(0).date(), s.text());
        assertEquals(p, ts.get(0).precision(), s.text());
    }

    private static void none(String text) {
        assertTrue(TimeFinder.find(Tokens.sentence(text), PUB).isEmpty(), text);
    }

    /** A sentence from "word/TAG" or "word/TAG/lemma" items, for rules that read parts of speech. */
    private static Sentence tagged(String items) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : items.split(" ")) {
            String[] f = item.split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(tokens.size(), f[0], f.length > 2 ? f[2] : f[0].toLowerCase(), f[1], "O",
                    text.length(), text.length() + f[0].length()));
            text.append(f[0]);
        }
        return new Sentence(0, 0, text.length(), text.toString(), tokens, List.of(), List.of());
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

    @Test
    void wireDatelinesWithoutADateAreFound() {
        String byline = "By ANNA KOVACS and LIAM OKORO, Associated Press BEIRUT (AP) — Syria said";
        assertEquals(byline.indexOf("Syria"), PublicationDateStage.datelineEnd(byline) + 1);
        assertEquals("KABUL (Reuters) -".length(), PublicationDateStage.datelineEnd("KABUL (Reuters) - The Taliban said"));
        assertEquals(-1, PublicationDateStage.datelineEnd("The Taliban (AP) said"));
        assertEquals("(LAGOS) —".length(), PublicationDateStage.datelineEnd("(LAGOS) — Police said"));
        assertEquals("By ACCRA, Ghana, May 2 –".length(), PublicationDateStage.datelineEnd("By ACCRA, Ghana, May 2 – Police said"));
        assertEquals(-1, PublicationDateStage.datelineEnd("(The Taliban) said"));
        // A wire dateline that lost its dash still ends at the agency's bracket.
        assertEquals("MEXICO CITY (AP) ".length(), PublicationDateStage.datelineEnd("MEXICO CITY (AP) Mexico's Senate passed"));
        assertEquals(-1, PublicationDateStage.datelineEnd("MEXICO CITY (AP) said"));
    }

    @Test
    void futureClausesTakeTheNextDayMonthOrWeekday() {
        is("The envoys will meet on Monday.", "2024-06-17", Precision.DAY);
        is("The vote is due to take place on Wednesday.", "2024-06-12", Precision.DAY);
        is("On Friday, the court will rule on the appeal.", "2024-06-14", Precision.DAY);
        is("Elections will be held in March.", "2025-03-01", Precision.MONTH);
        is("The new parliament will sit on January 20.", "2025-01-20", Precision.DAY);
        is("Talks are expected to resume in mid-January.", "2025-01-01", Precision.MONTH);
        List<TimeExpression> t = TimeFinder.find(
                Tokens.sentence("The truce, which began on Friday, is due to expire on Tuesday."), PUB);
        assertEquals(List.of(LocalDate.of(2024, 6, 7), LocalDate.of(2024, 6, 18)),
                t.stream().map(TimeExpression::date).toList());
        // A present tense schedules, unless it reports or describes a possessive's aftermath.
        is(tagged("Voters/NNS go/VBP to/TO the/DT polls/NNS on/IN Sunday/NNP ./."), PUB, "2024-06-16", Precision.DAY);
        is(tagged("The/DT ministry/NN says/VBZ/say on/IN Sunday/NNP ./."), PUB, "2024-06-09", Precision.DAY);
        // A plan's month is the nearest such month, before or after the report.
        is(tagged("Before/IN Trudeau/NNP announced/VBD his/PRP$ plans/NNS to/TO resign/VB in/IN January/NNP ./."),
                LocalDate.of(2025, 3, 10), "2025-01-01", Precision.MONTH);
        is(tagged("The/DT junta/NN announced/VBD plans/NNS for/IN elections/NNS in/IN August/NNP ./."), PUB,
                "2024-08-01", Precision.MONTH);
        is(tagged("The/DT envoy/NN unveiled/VBD a/DT plan/NN to/TO visit/VB in/IN February/NNP ./."), PUB,
                "2024-02-01", Precision.MONTH);
        is(tagged("The/DT country/NN is/VBZ reeling/VBG from/IN Sunday/NNP 's/POS vote/NN ./."), PUB, "2024-06-09",
                Precision.DAY);
    }

    @Test
    void spansOfDaysTakeTheSmallestMonthOrYearThatHoldsThem() {
        is("The envoy resigned last week.", "2024-06-01", Precision.MONTH); // Jun 3-9
        is("Police clashed with protesters over the weekend.", "2024-06-01", Precision.MONTH); // Jun 8-9
        is("The summit is scheduled for this weekend.", "2024-06-01", Precision.MONTH); // Jun 15-16
        is("The truce collapsed two weeks ago.", "2024-01-01", Precision.YEAR); // May 26-Jun 1
        is(Tokens.sentence("Police clashed with worshippers last week."), LocalDate.of(2021, 5, 6), "2021-01-01",
                Precision.YEAR); // Apr 26-May 2
        is(Tokens.sentence("Inspectors arrived earlier this week."), LocalDate.of(2022, 9, 1), "2022-08-01",
                Precision.MONTH); // Aug 29-31
        is(Tokens.sentence("A few days ago, the ministers spoke."), LocalDate.of(2022, 3, 4), "2022-01-01",
                Precision.YEAR); // Feb 26-Mar 2
        // Dec 30-Jan 5: no month or year holds it.
        assertTrue(TimeFinder.find(Tokens.sentence("Parliament met last week."), LocalDate.of(2025, 1, 6)).isEmpty());
    }

    @Test
    void namesAndNumbersAreNotDates() {
        none("The May 9 movement called a general strike.");
        none("The minister told the Sunday Times that he would stay.");
        none("Rebels marked the March 2011 uprising.");
        assertTrue(TimeFinder.find(tagged("The/DT incumbent/NN won/VBD by/IN 2000/CD votes/NNS ./."), PUB).isEmpty());
    }

    @Test
    void moreAbsoluteForms() {
        is("Clashes have continued since mid-December.", "2023-12-01", Precision.MONTH);
        is("The militia attacked the town in June last year.", "2023-06-01", Precision.MONTH);
        is("The envoys met on the 18th of March.", "2024-03-18", Precision.DAY);
        is("Officials met on the 9th to discuss the evacuation.", "2024-06-09", Precision.DAY);
        is("Elections must be held by the end of the year.", "2024-01-01", Precision.YEAR);
        is("The budget will be presented in the fourth quarter.", "2024-01-01", Precision.YEAR);
        List<TimeExpression> t = TimeFinder.find(Tokens.sentence("She served from 2010 to 2015."), PUB);
        assertEquals(List.of(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1)),
                t.stream().map(TimeExpression::date).toList());
    }
}
