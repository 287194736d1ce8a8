package org.dyad.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.Document;
import org.dyad.core.pipeline.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    private static final long MAX = 1_000_000;

    private static List<Item> readAll(List<String> args, byte[] stdin) throws Exception {
        List<Item> out = new ArrayList<>();
        try (Inputs in = new Inputs(args, MAX, new ByteArrayInputStream(stdin))) {
            Item it;
            while ((it = in.read()) != null) {
                out.add(it);
            }
        }
        return out;
    }

    @Test
    void textFilesHaveTheirFirstLineAsTitleAndStableIds(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("kabul.txt");
        Files.writeString(f, "\n  Talks resume in Doha\n\nKABUL, May 2, 2023 — Afghan and Pakistani officials met.\n");
        List<Item> items = readAll(List.of(f.toString()), new byte[0]);
        Document d = items.get(0).document();
        assertEquals("Talks resume in Doha", d.title());
        assertTrue(d.text().contains("officials met"));
        assertTrue(d.id().startsWith("kabul-"), d.id());
        assertEquals(d.id(), readAll(List.of(f.toString()), new byte[0]).get(0).document().id(), "stable across runs");
    }

    @Test
    void jsonLinesKeepGoingPastBadLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("wire.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\": \"a\", \"text\": \"Kenya and Somalia held talks.\", \"date\": \"2023-04-12\", \"source\": \"Wire\"}",
                "{\"id\": \"b\", \"text\": \"broken",
                "",
                "{\"title\": \"no text here\"}",
                "{\"text\": \"No id, so one is derived.\", \"date\": \"2023-04-12T10:00:00Z\"}",
                "{\"id\": \"c\", \"text\": \"bad date\", \"date\": \"yesterday\"}") + "\n");
        List<Item> items = readAll(List.of(f.toString()), new byte[0]);
        assertEquals(5, items.size());
        assertEquals("a", items.get(0).document().id());
        assertEquals(LocalDate.of(2023, 4, 12), items.get(0).document().date());
        assertEquals(f + ":2", items.get(1).rejection().origin());
        assertTrue(items.get(1).rejection().reason().startsWith("malformed JSON"), items.get(1).rejection().reason());
        assertEquals(f + ":4", items.get(2).rejection().origin());
        assertEquals("no \"text\" member", items.get(2).rejection().reason());
        assertTrue(items.get(3).document().id().startsWith("doc-"));
        assertEquals(LocalDate.of(2023, 4, 12), items.get(3).document().date());
        assertTrue(items.get(4).rejection().reason().contains("not a date"));
    }

    @Test
    void htmlPagesGiveTitleBodyAndDate(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("page.html");
        Files.writeString(f, "<html><head><title>Site | Story</title>"
                + "<meta property=\"og:title\" content=\"Kinshasa expels envoys\">"
                + "<meta property=\"article:published_time\" content=\"2025-01-26T09:00:00Z\"></head>"
                + "<body><nav><p>Home News Sport</p></nav><article><h1>Kinshasa expels envoys</h1>"
                + "<p>Congo expelled Rwandan diplomats on Saturday.</p><aside><p>Read more</p></aside>"
                + "<p>Kigali called the move regrettable.</p></article><footer><p>© 2025 Example</p></footer></body></html>");
        Document d = readAll(List.of(f.toString()), new byte[0]).get(0).document();
        assertEquals("Kinshasa expels envoys", d.title());
        assertEquals(LocalDate.of(2025, 1, 26), d.date());
        assertTrue(d.text().startsWith("Congo expelled"), d.text());
        assertTrue(d.text().contains("Kigali called the move regrettable."));
        assertTrue(!d.text().contains("Home News") && !d.text().contains("Read more") && !d.text().contains("©"), d.text());
    }

    @Test
    void badFilesAreRejectedWithReasonsAndTheRestIsRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), "Title\n\nTurkey sent aid to Syria.\n");
        Files.write(dir.resolve("b-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Files.write(dir.resolve("c-latin1.txt"), "Title\n\nC\u00f4te d'Ivoire\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("d-empty.txt"), "  \n\n");
        Files.writeString(dir.resolve("e-nobody.html"), "<html><head><title>x</title></head><body></body></html>");
        Files.writeString(dir.resolve("f-notes.pdf"), "%PDF-1.4");
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve(".hidden/skip.txt"), "x\n\ny");
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("g-huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        List<Item> items = readAll(List.of(dir.toString()), new byte[0]);
        assertEquals(7, items.size(), items.toString());
        assertTrue(items.get(0).isDocument());
        assertTrue(items.get(1).rejection().reason().startsWith("binary content"), items.get(1).toString());
        assertTrue(items.get(2).rejection().reason().startsWith("not UTF-8 text (invalid byte 0xf4 at offset 8)"),
                items.get(2).toString());
        assertEquals("empty file", items.get(3).rejection().reason());
        assertTrue(items.get(4).rejection().reason().startsWith("HTML without a body"), items.get(4).toString());
        assertTrue(items.get(5).rejection().reason().startsWith("unsupported file type '.pdf'"));
        assertTrue(items.get(6).rejection().reason().contains("larger than input.max-bytes"), items.get(6).toString());
    }

    @Test
    void standardInputIsRecognisedByItsFirstCharacter() throws Exception {
        Item json = readAll(List.of("-"), "{\"text\": \"Iran released two nationals.\"}\n".getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals("Iran released two nationals.", json.document().text());
        Item text = readAll(List.of("-"), "Headline\n\nBody text.".getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals("Headline", text.document().title());
        Item html = readAll(List.of("-"), "<html><body><p>Body.</p></body></html>".getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals("Body.", html.document().text());
    }

    @Test
    void aHugeJsonLineIsRejectedWithoutReadingItIntoMemory(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.jsonl");
        StringBuilder b = new StringBuilder("{\"text\": \"");
        b.append("x".repeat(1_200_000)).append("\"}\n{\"text\": \"after\"}\n");
        Files.writeString(f, b);
        List<Item> items = readAll(List.of(f.toString()), new byte[0]);
        assertEquals(2, items.size());
        assertTrue(items.get(0).rejection().reason().startsWith("line longer than input.max-bytes"));
        assertEquals("after", items.get(1).document().text());
    }

    @Test
    void missingPathsAreReported() throws Exception {
        Item it = readAll(List.of("/no/such/file.txt"), new byte[0]).get(0);
        assertEquals("no such file or directory", it.rejection().reason());
        assertNull(it.document());
        assertNotEquals(null, it.rejection());
    }
}
