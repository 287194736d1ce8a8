package org.dyad.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.dyad.core.BadInputException;

/** Reading bytes within a limit and decoding strict UTF-8 with useful messages. */
final class Bytes {
    private Bytes() {}

    /** Reads at most {@code limit} bytes; more is a {@link BadInputException}. */
    static byte[] readLimited(InputStream in, long limit) throws IOException, BadInputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limit) {
                throw new BadInputException("larger than input.max-bytes (" + limit
                        + " bytes); split it into articles or raise the limit");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Decodes UTF-8, refusing binary content and invalid sequences; strips a byte-order mark. */
    static String utf8(byte[] b) throws BadInputException {
        for (int i = 0; i < Math.min(b.length, 8192); i++) {
            if (b[i] == 0) {
                throw new BadInputException("binary content (a NUL byte at offset " + i + "), not text");
            }
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = dec.decode(ByteBuffer.wrap(b)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            int at = firstBad(b);
            throw new BadInputException("not UTF-8 text (invalid byte 0x"
                    + String.format("%02x", b[at] & 0xff) + " at offset " + at + "); convert it to UTF-8");
        }
    }

    private static int firstBad(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int len = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
            if (len == 0 || i + len > b.length) {
                return i;
            }
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += len;
        }
        return Math.max(0, b.length - 1);
    }
}
