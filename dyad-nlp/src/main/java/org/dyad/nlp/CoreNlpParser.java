package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.core.config.Config;
import org.dyad.core.config.Keys;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Span;
import org.dyad.core.model.Token;
import org.dyad.core.parse.Parser;
import org.dyad.core.text.Words;

/**
 * Dyad's parser on Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner and depparse.
 *
 * <p>Annotators are chosen for speed: NER runs the three-class model only, without SUTime,
 * fine-grained or numeric classifiers (Dyad resolves dates itself), and there is no
 * coreference or constituency parse. Building one loads about 700 MB of models, so a JVM
 * should build one and share it: {@link #parse} is safe to call from several threads.
 */
public final class CoreNlpParser implements Parser {
    private final StanfordCoreNLP pipeline;
    private final int chunkChars;
    private final int maxSentenceTokens;

    public CoreNlpParser(Config config) {
        this.chunkChars = config.get(Keys.NLP_CHUNK_CHARS);
        this.maxSentenceTokens = config.get(Keys.NLP_MAX_SENTENCE_TOKENS);
        // Silence CoreNLP's own logging. Redwood resets System.out and System.err to the streams
        // it saw when it was loaded; put back whatever the caller has.
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        RedwoodConfiguration.current().clear().apply();
        System.setOut(out);
        System.setErr(err);
        this.pipeline = new StanfordCoreNLP(properties(config));
    }

    static Properties properties(Config config) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", config.get(Keys.NLP_NER_MODEL));
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("pos.maxlen", "400");
        return p;
    }

    @Override
    public List<Sentence> parse(String text, List<Span> regions) {
        List<Sentence> out = new ArrayList<>();
        int i = 0;
        while (i < regions.size()) {
            // Group regions into chunks that bound memory; regions stay whole.
            List<Span> chunk = new ArrayList<>();
            int size = 0;
            while (i < regions.size() && (chunk.isEmpty() || size + regions.get(i).length() <= chunkChars)) {
                chunk.add(regions.get(i));
                size += regions.get(i).length() + 2;
                i++;
            }
            parseChunk(text, chunk, out);
        }
        return out;
    }

    /**
     * Characters that break a word without being part of it: the soft hyphen that typesetting
     * leaves in web copy ("Wednes\u00adday", "gov\u00adernment") and the zero-width space. The
     * parser reads the text without them; offsets stay those of the document.
     */
    private static boolean invisible(char c) {
        return c == '\u00ad' || c == '\u200b';
    }

    private static int bullets(String text, Span r) {
        int n = 0;
        for (int c = r.begin(); c < r.end(); c++) {
            n += Words.isBullet(text.charAt(c)) ? 1 : 0;
        }
        return n;
    }

    /** Whether a character is a bullet that opens a line after a single line break. */
    private static boolean pointAfterLine(char c, CharSequence synth) {
        int n = synth.length();
        return Words.isBullet(c) && n >= 2 && synth.charAt(n - 1) == '\n' && synth.charAt(n - 2) != '\n';
    }

    private void parseChunk(String text, List<Span> chunk, List<Sentence> out) {
        StringBuilder synth = new StringBuilder();
        // The document offset of each character the parser reads.
        int[] origin = new int[chunk.stream().mapToInt(r -> r.length() + 2 + bullets(text, r)).sum()];
        for (int k = 0; k < chunk.size(); k++) {
            Span r = chunk.get(k);
            if (k > 0) {
                for (int j = 0; j < 2; j++) {
                    origin[synth.length()] = r.begin();
                    synth.append('\n');
                }
            }
            for (int c = r.begin(); c < r.end(); c++) {
                if (pointAfterLine(text.charAt(c), synth)) {
                    // "…'irresponsible'\n• No water in Sindh": a summary point on a line of its own is
                    // a sentence of its own, as a paragraph is; the parser breaks sentences at a blank line.
                    origin[synth.length()] = c;
                    synth.append('\n');
                }
                if (!invisible(text.charAt(c))) {
                    origin[synth.length()] = c;
                    synth.append(text.charAt(c));
                }
            }
        }
        Annotation doc = new Annotation(synth.toString());
        pipeline.annotate(doc);
        for (CoreMap sent : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sent.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int t = 0; t < labels.size(); t++) {
                CoreLabel l = labels.get(t);
                int b = origin[l.beginPosition()];
                int e = origin[l.endPosition() - 1] + 1;
                String word = visible(text.substring(b, e));
                String ner = l.ner() == null ? "O" : l.ner();
                tokens.add(new Token(t, word, l.lemma() == null ? word : l.lemma(), l.tag() == null ? "" : l.tag(),
                        ner, b, e));
            }
            List<Edge> basic = List.of();
            List<Edge> enhanced = List.of();
            if (labels.size() <= maxSentenceTokens) {
                basic = edges(sent.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
                enhanced = edges(sent.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            }
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            out.add(new Sentence(out.size(), begin, end, text.substring(begin, end), tokens, basic, enhanced));
        }
    }

    /** A word without the characters the parser did not read. */
    private static String visible(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (!invisible(word.charAt(i))) {
                b.append(word.charAt(i));
            }
        }
        return b.toString();
    }

    private static List<Edge> edges(SemanticGraph g) {
        if (g == null) {
            return List.of();
        }
        List<Edge> out = new ArrayList<>(g.size() + 1);
        for (IndexedWord root : g.getRoots()) {
            out.add(new Edge(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            out.add(new Edge(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        return out;
    }
}
