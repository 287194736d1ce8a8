package org.dyad.geo.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads one file out of a .tgz archive (ustar), without other libraries. */
final class TarGz {
    private TarGz() {}

    /** The bytes of the entry whose name ends with {@code suffix}. */
    static byte[] read(Path tgz, String suffix) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz), 1 << 16)) {
            byte[] header = new byte[512];
            while (readFully(in, header)) {
                if (header[0] == 0) {
                    break;
                }
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
                long padded = (size + 511) / 512 * 512;
                if (name.endsWith(suffix)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
                    byte[] buf = new byte[65536];
                    long left = size;
                    while (left > 0) {
                        int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                        if (n < 0) {
                            throw new IOException("truncated " + tgz);
                        }
                        out.write(buf, 0, n);
                        left -= n;
                    }
                    return out.toByteArray();
                }
                skip(in, padded);
            }
        }
        throw new IOException("no entry ending with " + suffix + " in " + tgz);
    }

    private static String field(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) {
            end++;
        }
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }

    private static boolean readFully(InputStream in, byte[] b) throws IOException {
        int got = 0;
        while (got < b.length) {
            int n = in.read(b, got, b.length - got);
            if (n < 0) {
                return false;
            }
            got += n;
        }
        return true;
    }

    private static void skip(InputStream in, long n) throws IOException {
        long left = n;
        byte[] buf = new byte[65536];
        while (left > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                return;
            }
            left -= r;
        }
    }
}
