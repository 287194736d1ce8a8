package org.dyad.formats;

import org.dyad.core.BadInputException;
import org.dyad.core.model.Document;

/** A plain-text article: the first non-empty line is the title, the rest is the text. */
public final class TextReader {
    private TextReader() {}

    public static Document read(String name, String origin, byte[] bytes) throws BadInputException {
        String all = Bytes.utf8(bytes).replace("\r\n", "\n").replace('\r', '\n');
        if (all.isBlank()) {
            throw new BadInputException("empty file");
        }
        int i = 0;
        while (i < all.length() && Character.isWhitespace(all.charAt(i))) {
            i++;
        }
        int nl = all.indexOf('\n', i);
        String title;
        String text;
        if (nl < 0) {
            title = null;
            text = all.strip();
        } else {
            title = all.substring(i, nl).strip();
            text = all.substring(nl + 1);
            if (text.isBlank()) {
                // A one-line file: the line is the text, not a title.
                text = title;
                title = null;
            }
        }
        return new Document(Ids.forFile(name, text), title, text, null, null, null, origin);
    }
}
