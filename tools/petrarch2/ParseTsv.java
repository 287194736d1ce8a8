// Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
//
// Penn-Treebank parses for PETRARCH-2, from Stanford CoreNLP (the jars Dyad builds with).
// Reads "key<TAB>text" lines (text escaped: \\ \n \t \r), splits each text into sentences and
// writes one "key<TAB>sentence index<TAB>sentence text<TAB>parse" line per sentence, the parse
// on one line. The pipeline is loaded once. See README.md for the classpath and the commands.
//
// Usage: java ParseTsv IN.tsv OUT.tsv [MAX_TOKENS [PARSER_THREADS]]
//   MAX_TOKENS      parse.maxlen: longer sentences get CoreNLP's flat X tree (default 100)
//   PARSER_THREADS  parse.nthreads (default 1); the parses do not depend on it

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

public final class ParseTsv {
    private ParseTsv() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: java ParseTsv IN.tsv OUT.tsv [MAX_TOKENS [PARSER_THREADS]]");
            System.exit(2);
        }
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,parse");
        // The shift-reduce model PETRARCH-2's documentation assumes (englishSR) is not in the
        // models jar; the default PCFG model is.
        p.setProperty("parse.model", "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
        p.setProperty("parse.maxlen", args.length > 2 ? args[2] : "100");
        p.setProperty("parse.nthreads", args.length > 3 ? args[3] : "1");
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        long t0 = System.currentTimeMillis();
        int docs = 0;
        int sentences = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isEmpty()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IOException(args[0] + ":" + n + ": expected key<TAB>text");
                }
                String key = line.substring(0, tab);
                String text = unescape(line.substring(tab + 1));
                Annotation doc = new Annotation(text);
                nlp.annotate(doc);
                int i = 0;
                for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                    int b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    String sentence = text.substring(b, e).replaceAll("\\s+", " ");
                    Tree t = s.get(TreeCoreAnnotations.TreeAnnotation.class);
                    String parse = t == null ? "" : t.toString().replaceAll("\\s+", " ");
                    out.println(key + "\t" + i + "\t" + sentence + "\t" + parse);
                    i++;
                    sentences++;
                }
                docs++;
                if (docs % 50 == 0) {
                    System.err.printf("%d texts, %d sentences, %d s%n", docs, sentences,
                            (System.currentTimeMillis() - t0) / 1000);
                    out.flush();
                }
            }
        }
        System.err.printf("done: %d texts, %d sentences, %d s%n", docs, sentences, (System.currentTimeMillis() - t0) / 1000);
    }

    /** Undoes the input's escapes: backslash, newline, tab, carriage return. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                switch (d) {
                    case 'n': b.append('\n'); break;
                    case 't': b.append('\t'); break;
                    case 'r': b.append('\r'); break;
                    default: b.append(d);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
