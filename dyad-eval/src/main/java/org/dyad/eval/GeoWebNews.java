package org.dyad.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.GeoPlace;
import org.dyad.geo.Toponym;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.jspecify.annotations.Nullable;

/**
 * Toponym resolution scored on GeoWebNews (Gritta et al., 2019): 200 news articles with every
 * toponym marked, typed and, where it has one, tied to GeoNames coordinates.
 *
 * <ul>
 *   <li>Gold: toponyms marked as locational that have coordinates.
 *   <li>A gold toponym is found when a place Dyad resolved overlaps it in the text.
 *   <li>Within 161 km: the share of found toponyms whose resolved place lies within 161 km
 *       (100 miles) of the gold coordinates.
 *   <li>Right country: the share of found toponyms resolved in the gold place's country.
 *   <li>Recall: found toponyms over gold toponyms.
 * </ul>
 */
public final class GeoWebNews {

    /** One gold toponym. */
    public record Gold(int start, int end, String name, String type, double lat, double lon, long geonamesId) {}

    /** One article. */
    public record Article(String id, String title, String text, List<Gold> toponyms) {}

    /** The scores. */
    public record Report(int gold, int found, int within161, int rightCountry, int predicted, int foundSub,
            int within161Sub) {
        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double accuracy161() {
            return found == 0 ? 0 : (double) within161 / found;
        }

        public double countryAccuracy() {
            return found == 0 ? 0 : (double) rightCountry / found;
        }

        /** Within 161 km, counting only toponyms resolved to something smaller than a country. */
        public double accuracy161SubCountry() {
            return foundSub == 0 ? 0 : (double) within161Sub / foundSub;
        }

        public String summary() {
            return String.format(Locale.ROOT, "gold toponyms: %d%nfound (resolved, overlapping gold): %d (recall %.3f)%n"
                    + "within 161 km: %.3f%nright country: %.3f%n"
                    + "within 161 km, places smaller than a country: %.3f (%d of them)%nplaces resolved in all: %d",
                    gold, found, recall(), accuracy161(), countryAccuracy(), accuracy161SubCountry(), foundSub, predicted);
        }
    }

    private GeoWebNews() {}

    public static List<Article> load(Path file) throws IOException {
        try {
            var f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var doc = f.newDocumentBuilder().parse(file.toFile());
            NodeList arts = doc.getElementsByTagName("article");
            List<Article> out = new ArrayList<>();
            for (int i = 0; i < arts.getLength(); i++) {
                Element a = (Element) arts.item(i);
                String text = child(a, "text");
                List<Gold> gold = new ArrayList<>();
                NodeList ts = a.getElementsByTagName("toponym");
                for (int k = 0; k < ts.getLength(); k++) {
                    Element t = (Element) ts.item(k);
                    String lat = child(t, "latitude");
                    String lon = child(t, "longitude");
                    if (lat == null || lon == null || lat.isBlank() || "Yes".equals(child(t, "nonLocational"))) {
                        continue;
                    }
                    String id = child(t, "geonamesID");
                    gold.add(new Gold(Integer.parseInt(child(t, "start").trim()), Integer.parseInt(child(t, "end").trim()),
                            child(t, "extractedName"), child(t, "type"), Double.parseDouble(lat), Double.parseDouble(lon),
                            id == null || id.isBlank() ? 0 : Long.parseLong(id.trim())));
                }
                out.add(new Article(a.getAttribute("file"), String.valueOf(child(a, "title")), text == null ? "" : text, gold));
            }
            return out;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static @Nullable String child(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    /** Scores resolved toponyms per article against the gold ones. */
    public static Report score(List<Article> articles, Function<Article, List<Toponym>> resolver, Gazetteer gazetteer) {
        return score(articles, resolver, gazetteer, new StringBuilder());
    }

    /** Scores, writing each found toponym that is more than 161 km off into {@code errors}. */
    public static Report score(List<Article> articles, Function<Article, List<Toponym>> resolver, Gazetteer gazetteer,
            StringBuilder errors) {
        int gold = 0;
        int found = 0;
        int within = 0;
        int country = 0;
        int predicted = 0;
        int foundSub = 0;
        int withinSub = 0;
        for (Article a : articles) {
            List<Toponym> tops = resolver.apply(a);
            predicted += tops.size();
            for (Gold g : a.toponyms()) {
                gold++;
                Toponym hit = null;
                for (Toponym t : tops) {
                    if (t.begin() < g.end() && g.start() < t.stop()) {
                        hit = t;
                        break;
                    }
                }
                if (hit == null) {
                    continue;
                }
                found++;
                double km = hit.place().kmTo(g.lat(), g.lon());
                boolean sub = hit.place().kind() != org.dyad.geo.PlaceKind.COUNTRY;
                if (sub) {
                    foundSub++;
                }
                if (km <= 161) {
                    within++;
                    if (sub) {
                        withinSub++;
                    }
                } else {
                    errors.append(String.format(Locale.ROOT, "%s\t%s\t%s (%s, %s, pop %d, %s)\t%.0f km\t%s%n", a.id(),
                            g.name(), hit.place().name(), hit.place().country(), hit.place().admin1(),
                            hit.place().population(), hit.place().kind(), km, g.type()));
                }
                String goldCountry = gazetteer.byGeonamesId(g.geonamesId()).map(GeoPlace::country)
                        .orElseGet(() -> {
                            GeoPlace p = gazetteer.nearest(g.lat(), g.lon());
                            return p == null ? "" : p.country();
                        });
                if (hit.place().country().equals(goldCountry)) {
                    country++;
                }
            }
        }
        return new Report(gold, found, within, country, predicted, foundSub, withinSub);
    }
}
