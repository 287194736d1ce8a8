package org.dyad.core.dict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.core.ConfigException;

/**
 * A directory of dictionaries in Dyad's layout: the built-in one inside the jar, or a user's.
 *
 * @param root the directory
 * @param label prefix for provenance: empty for the built-in dictionaries, the directory otherwise
 */
public record DictionaryRoot(Path root, String label) {

    private static final String BUILTIN = "org/dyad/dict";

    /** The built-in dictionaries, from the classpath (a directory in development, the jar when installed). */
    public static DictionaryRoot builtin() {
        URL url = DictionaryRoot.class.getClassLoader().getResource(BUILTIN);
        if (url == null) {
            throw new IllegalStateException("the built-in dictionaries are missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new DictionaryRoot(fs.getPath(BUILTIN), "");
            }
            return new DictionaryRoot(Path.of(uri), "");
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in dictionaries at " + url, e);
        }
    }

    /** A user's directory; it must exist. */
    public static DictionaryRoot directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("dictionary directory not found: " + dir);
        }
        return new DictionaryRoot(dir, dir.toString());
    }

    /** The {@code .txt} files under a sub-directory (or the single file of that name), sorted by path. */
    public List<Path> files(String sub) {
        Path p = root.resolve(sub);
        List<Path> out = new ArrayList<>();
        if (Files.isRegularFile(p)) {
            out.add(p);
            return out;
        }
        if (!Files.isDirectory(p)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted(Comparator.comparing(Path::toString))
                    .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Provenance label of a file under this root: {@code verbs/attack.txt}, or the user's path. */
    public String labelOf(Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        return label.isEmpty() ? rel : label + "/" + rel;
    }

    /** Reads every meaningful line of the files under a sub-directory. */
    public List<Line> lines(String sub, Problems problems) {
        List<Line> out = new ArrayList<>();
        for (Path f : files(sub)) {
            out.addAll(LineReader.read(f, labelOf(f), problems));
        }
        return out;
    }
}
