package org.dyad.formats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dyad.core.BadInputException;
import org.dyad.core.pipeline.Item;
import org.jspecify.annotations.Nullable;

/**
 * Everything named on a command line as one stream of documents: {@code .txt} files, JSON
 * Lines ({@code .jsonl}, {@code .ndjson}, {@code .json}), HTML pages ({@code .html},
 * {@code .htm}), directories (recursively, in name order) and {@code -} for standard input,
 * whose format is recognised from its first character.
 */
public final class Inputs implements DocumentStream {
    private static final String STDIN = "-";
    private final Deque<String> pending = new ArrayDeque<>();
    private final long maxBytes;
    private final InputStream stdin;
    private @Nullable DocumentStream current;

    public Inputs(List<String> args, long maxBytes, InputStream stdin) {
        this.pending.addAll(args);
        this.maxBytes = maxBytes;
        this.stdin = stdin;
    }

    @Override
    public @Nullable Item read() throws IOException {
        while (true) {
            if (current != null) {
                Item it = current.read();
                if (it != null) {
                    return it;
                }
                current.close();
                current = null;
            }
            String next = pending.pollFirst();
            if (next == null) {
                return null;
            }
            Item single = open(next);
            if (single != null) {
                return single;
            }
        }
    }

    /** Opens one argument: returns an item for single documents and rejections, or sets {@link #current}. */
    private @Nullable Item open(String arg) throws IOException {
        if (arg.equals(STDIN)) {
            return openStdin();
        }
        Path p = Path.of(arg);
        if (!Files.exists(p)) {
            return Item.rejected(arg, "no such file or directory");
        }
        if (Files.isDirectory(p)) {
            List<String> files = new ArrayList<>();
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile)
                        .filter(f -> !hidden(p, f))
                        .map(Path::toString)
                        .sorted()
                        .forEach(files::add);
            }
            for (int i = files.size() - 1; i >= 0; i--) {
                pending.addFirst(files.get(i));
            }
            return null;
        }
        if (!Files.isReadable(p)) {
            return Item.rejected(arg, "not readable");
        }
        String name = p.getFileName().toString();
        String ext = extension(name);
        switch (ext) {
            case "jsonl":
            case "ndjson":
            case "json":
                current = new JsonLinesStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16), arg, maxBytes);
                return null;
            case "txt":
            case "text":
            case "md":
            case "html":
            case "htm":
            case "xhtml": {
                long size = Files.size(p);
                if (size > maxBytes) {
                    return Item.rejected(arg, "file is " + size + " bytes, larger than input.max-bytes (" + maxBytes
                            + "); split it into articles or raise the limit");
                }
                byte[] bytes = Files.readAllBytes(p);
                try {
                    boolean html = ext.startsWith("htm") || ext.equals("xhtml");
                    return Item.of(html ? HtmlReader.read(name, arg, bytes) : TextReader.read(name, arg, bytes));
                } catch (BadInputException e) {
                    return Item.rejected(arg, e.getMessage());
                }
            }
            default:
                return Item.rejected(arg, "unsupported file type" + (ext.isEmpty() ? "" : " '." + ext + "'")
                        + " (expected .txt, .jsonl or .html)");
        }
    }

    private @Nullable Item openStdin() throws IOException {
        BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
        in.mark(4096);
        int c;
        do {
            c = in.read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
        in.reset();
        if (c == '{') {
            current = new JsonLinesStream(in, "stdin", maxBytes);
            return null;
        }
        try {
            byte[] bytes = Bytes.readLimited(in, maxBytes);
            return Item.of(c == '<' ? HtmlReader.read("stdin", "stdin", bytes) : TextReader.read("stdin", "stdin", bytes));
        } catch (BadInputException e) {
            return Item.rejected("stdin", e.getMessage());
        }
    }

    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
        }
    }
}
