package org.dyad.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.BadInputException;
import org.dyad.core.dict.Block;
import org.dyad.core.dict.Boilerplate;
import org.dyad.core.dict.LineReader;
import org.dyad.core.dict.Problems;
import org.dyad.core.model.Document;
import org.dyad.core.model.Span;
import org.dyad.core.pipeline.Analysis;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private static final Boilerplate BOILERPLATE = Boilerplate.from(Block.parse(LineReader.lines(
            "boilerplate BYLINE\n    pattern ^the writer is\\b\n    pattern ^(additional )?reporting by\\b\n", "b.txt"),
            new Problems()), new Problems());
    private final Cleaner cleaner = new Cleaner(BOILERPLATE, new EnglishGuard(0.18));

    private Analysis clean(String title, String text) throws BadInputException {
        return cleaner.apply(Analysis.of(new Document("d", title, text, null, null, null, "test")));
    }

    private static List<String> kept(Analysis a) {
        return a.regions().stream().map(s -> s.of(a.document().text())).toList();
    }

    @Test
    void repeatedParagraphsTitlesPullQuotesAndBoilerplateAreCodedOnce() throws Exception {
        String p1 = "Pakistan closed the Torkham crossing on Tuesday after clashes between border guards.";
        String p2 = "Afghan officials said the closure had stranded hundreds of trucks on both sides of the border.";
        String quote = "“The closure had stranded hundreds of trucks on both sides”";
        String text = "Pakistan shuts Torkham crossing\n\n" + p1 + "\n\n" + quote + "\n\n" + p2 + "\n\n" + p1
                + "\n\nThe writer is a journalist based in Peshawar.\n\nReporting by A. Reporter; editing by B. Editor";
        Analysis a = clean("Pakistan shuts Torkham crossing", text);
        assertEquals(List.of(p1, p2), kept(a));
        List<String> reasons = a.notes().stream().map(n -> n.reason()).toList();
        assertTrue(reasons.get(0).startsWith("title repeated"), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("pull-quote")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("repeated paragraph")), reasons.toString());
        assertEquals(2, reasons.stream().filter(r -> r.startsWith("boilerplate")).count(), reasons.toString());
    }

    @Test
    void wireSlugsAfterTheLastSentenceAreNotText() throws Exception {
        String p1 = "Gunmen fired on a convoy of aid lorries near Kapoeta on Sunday, a charity said.";
        String p2 = "Talks on the Kenya-Uganda border (Malaba-Busia) crossing resumed on Monday.";
        Analysis a = clean(null, p1 + " (Sudan-Convoy)\n\n(Kenya-Uganda-Trade)\n\n" + p2);
        assertEquals(List.of(p1, p2), kept(a));
        List<String> reasons = a.notes().stream().map(n -> n.reason()).toList();
        assertEquals(List.of("wire slug '(Sudan-Convoy)'", "wire slug '(Kenya-Uganda-Trade)'"), reasons);
    }

    @Test
    void regionsAreOffsetsIntoTheOriginalText() throws Exception {
        String text = "  First paragraph about talks in Doha and what the envoys said.\n\n\n   Second one, with more words in it.  ";
        Analysis a = clean(null, text);
        for (Span s : a.regions()) {
            String r = s.of(text);
            assertEquals(r.strip(), r);
        }
        assertEquals(2, a.regions().size());
    }

    @Test
    void linesArePargraphsWhenThereAreNoBlankLines() {
        assertEquals(3, Cleaner.paragraphs("One line.\nTwo line.\nThree line.").size());
        assertEquals(2, Cleaner.paragraphs("One\nstill one.\n\nTwo.").size());
    }

    @Test
    void emptyBinaryAndForeignDocumentsAreRefused() {
        assertThrows(BadInputException.class, () -> clean(null, "   \n\n  "));
        BadInputException bin = assertThrows(BadInputException.class, () -> clean(null, "abc\u0000def"));
        assertTrue(bin.getMessage().startsWith("binary content"));
        BadInputException fr = assertThrows(BadInputException.class, () -> clean(null,
                "Le ministre des affaires étrangères a rencontré son homologue à Paris pour discuter de la crise "
                        + "au Sahel et des relations entre les deux pays, selon un communiqué publié mardi."));
        assertTrue(fr.getMessage().startsWith("skipped: not English"), fr.getMessage());
        BadInputException ru = assertThrows(BadInputException.class, () -> clean(null,
                "Министр иностранных дел встретился со своим коллегой в Москве для обсуждения кризиса."));
        assertTrue(ru.getMessage().contains("cyrillic"), ru.getMessage());
    }
}
