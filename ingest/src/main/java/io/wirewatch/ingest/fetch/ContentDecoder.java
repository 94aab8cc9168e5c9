package io.wirewatch.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes Content-Encoding with a cap on the decompressed size. We decompress ourselves, not the
 * HTTP client, because a few kilobytes of gzip can expand to gigabytes (a "gzip bomb"): reading
 * stops at the first byte past the cap.
 */
final class ContentDecoder {

    /** The decoded body was larger than the cap. */
    static final class DecodedTooLarge extends IOException {
        DecodedTooLarge() {
            super("decoded body exceeds cap");
        }
    }

    private ContentDecoder() {
    }

    static byte[] decode(byte[] raw, String contentEncoding, long maxBytes) throws IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "", "identity":
                return raw;
            case "gzip", "x-gzip":
                return readCapped(new GZIPInputStream(new ByteArrayInputStream(raw)), maxBytes);
            case "deflate":
                return readCapped(new InflaterInputStream(new ByteArrayInputStream(raw)), maxBytes);
            default:
                throw new IOException("unsupported Content-Encoding '" + contentEncoding + "'");
        }
    }

    private static byte[] readCapped(InputStream in, long maxBytes) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new DecodedTooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
