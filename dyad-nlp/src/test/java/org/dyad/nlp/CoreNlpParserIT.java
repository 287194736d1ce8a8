package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.core.config.Config;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Span;
import org.dyad.core.model.Token;
import org.dyad.core.parse.ParseCodec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpParserIT {
    private static CoreNlpParser parser;

    @BeforeAll
    static void load() {
        parser = new CoreNlpParser(Config.defaults());
    }

    private static final String TEXT = "Pakistan's army shelled al-Shabaab positions on Tuesday.\n\n"
            + "THIS PARAGRAPH IS DROPPED AND MUST NOT APPEAR.\n\n"
            + "Iranian diplomats were expelled by France. Kenya's president met Somali officials.";

    @Test
    void tokensPointIntoTheDocumentText() {
        int dropStart = TEXT.indexOf("THIS");
        int dropEnd = TEXT.indexOf("APPEAR.") + 7;
        List<Span> regions = List.of(new Span(0, dropStart - 2), new Span(dropEnd + 2, TEXT.length()));
        List<Sentence> s = parser.parse(TEXT, regions);
        assertEquals(3, s.size());
        for (int i = 0; i < s.size(); i++) {
            Sentence x = s.get(i);
            assertEquals(i, x.index());
            assertEquals(TEXT.substring(x.begin(), x.end()), x.text());
            for (Token t : x.tokens()) {
                assertEquals(TEXT.substring(t.begin(), t.end()), t.word());
                assertFalse(t.begin() >= dropStart && t.begin() < dropEnd, "token from a dropped paragraph: " + t);
            }
            assertFalse(x.basic().isEmpty());
            assertFalse(x.enhanced().isEmpty());
        }
        Sentence passive = s.get(1);
        boolean agent = false;
        for (Edge e : passive.enhanced()) {
            agent |= e.relation().equals("obl:agent") && passive.token(e.dependent()).word().equals("France");
        }
        assertTrue(agent, "enhanced++ carries the passive agent");
        assertEquals("LOCATION", s.get(0).token(0).ner());
        assertEquals("shell", s.get(0).tokens().stream().filter(t -> t.word().equals("shelled")).findFirst()
                .orElseThrow().lemma());
    }

    @Test
    void softHyphensAreReadThroughAndOffsetsStayTheDocuments() {
        String text = "Pakistan on Wednes\u00adday con\u00addemned the gov\u00adernment of India.";
        List<Sentence> s = parser.parse(text, List.of(new Span(0, text.length())));
        assertEquals(1, s.size());
        Token day = s.get(0).token(2);
        assertEquals("Wednesday", day.word());
        assertEquals("NNP", day.pos());
        assertEquals("Wednes\u00adday", text.substring(day.begin(), day.end()));
        Token government = s.get(0).tokens().stream().filter(t -> t.word().equals("government")).findFirst()
                .orElseThrow();
        assertEquals("gov\u00adernment", text.substring(government.begin(), government.end()));
        assertEquals(text.substring(0, text.length()), s.get(0).text());
    }

    @Test
    void summaryPointsOnLinesOfTheirOwnAreSentencesOfTheirOwn() {
        String text = "\u2022 Minister tells Centre of the water shortage\n\u2022 Irsa rejects the claim\n\n"
                + "KARACHI: The provincial assembly condemned the authority.";
        List<Sentence> s = parser.parse(text, List.of(new Span(0, text.length())));
        assertEquals(3, s.size(), "each point and the report's first sentence");
        assertEquals("\u2022 Minister tells Centre of the water shortage", s.get(0).text());
        assertEquals("\u2022 Irsa rejects the claim", s.get(1).text());
        assertEquals("\u2022", s.get(1).token(0).word());
        for (Sentence x : s) {
            assertEquals(text.substring(x.begin(), x.end()), x.text());
            for (Token t : x.tokens()) {
                assertEquals(text.substring(t.begin(), t.end()), t.word());
            }
        }
    }

    @Test
    void chunksAreInvisibleInTheResult() {
        StringBuilder text = new StringBuilder();
        List<Span> regions = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int b = text.length();
            text.append("Paragraph ").append(i).append(": Turkey sent aid to Syria after the earthquake.");
            regions.add(new Span(b, text.length()));
            text.append("\n\n");
        }
        List<Sentence> s = parser.parse(text.toString(), regions);
        assertEquals(60, s.size());
        assertEquals("Paragraph 59: Turkey sent aid to Syria after the earthquake.", s.get(59).text());
    }

    @Test
    void oneSharedParserGivesTheSameAnswersOnSeveralThreads() throws Exception {
        List<String> texts = List.of("Russia sent troops to Mali in January.", "Japan pledged aid to Sudan.",
                "The Taliban refused to meet the Pakistani delegation.", "Congo expelled Rwandan diplomats.");
        List<String> single = new ArrayList<>();
        for (String t : texts) {
            single.add(ParseCodec.write(parser.parse(t, List.of(new Span(0, t.length())))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String t : texts) {
                    fs.add(pool.submit(() -> ParseCodec.write(parser.parse(t, List.of(new Span(0, t.length()))))));
                }
            }
            for (int i = 0; i < fs.size(); i++) {
                assertEquals(single.get(i % texts.size()), fs.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSecondParserInTheSameJvmReusesTheLoadedModels() {
        long t0 = System.nanoTime();
        CoreNlpParser again = new CoreNlpParser(Config.defaults());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2000, "models were loaded again (" + ms + " ms)");
        assertEquals(1, again.parse("Kenya met Somalia.", List.of(new Span(0, 18))).size());
    }
}
