package io.wirewatch.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns XML bytes into text. Candidates in precedence order: the HTTP header's charset, the byte-order
 * mark, the byte pattern of an unmarked UTF-16/32 prolog, the XML declaration, UTF-8, and windows-1252
 * (which decodes anything). The first candidate that fits the bytes wins; passing over a named charset
 * (header or declaration) is recorded as a repair. A candidate of the wrong width — an 8-bit charset for
 * bytes that are plainly UTF-16, or the reverse — does not fit, whoever named it.
 */
final class XmlText {

    /** The text and what had to be worked around to get it. */
    record Decoded(String text, List<String> repairs) {
    }

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final int PROLOG_BYTES = 1024;

    private XmlText() {
    }

    static Decoded decode(byte[] body, Charset headerCharset) {
        List<String> repairs = new ArrayList<>();
        Charset marked = byteOrderMark(body);
        Charset structural = marked != null ? marked : unmarkedWide(body);
        String declaredName = declaredEncoding(body, structural);
        Charset declared = declaredName == null ? null : charset(declaredName);
        if (declaredName != null && declared == null) {
            repairs.add("unknown encoding '" + declaredName + "' declared");
        }
        Set<Charset> candidates = new LinkedHashSet<>();
        for (Charset named : new Charset[] {headerCharset, structural, declared, StandardCharsets.UTF_8, WINDOWS_1252}) {
            if (named != null && (structural == null || isWide(named) == isWide(structural))) {
                candidates.add(named);
            }
        }
        for (Charset candidate : candidates) {
            String text = strictDecode(body, candidate);
            if (text == null) {
                continue;
            }
            if (headerCharset != null && !candidate.equals(headerCharset)) {
                repairs.add("charset " + headerCharset.name() + " from the HTTP header does not fit the bytes, read as " + candidate.name());
            } else if (headerCharset == null && declared != null && !candidate.equals(declared)
                    && !(structural != null && candidate.equals(structural))) {
                repairs.add("declared encoding " + declared.name() + " does not fit the bytes, read as " + candidate.name());
            }
            return new Decoded(withoutC1Controls(text.startsWith("\uFEFF") ? text.substring(1) : text), repairs);
        }
        // windows-1252 leaves five bytes unmapped; ISO-8859-1 maps every byte.
        repairs.add("no charset fits the bytes, read as ISO-8859-1");
        return new Decoded(new String(body, StandardCharsets.ISO_8859_1), repairs);
    }

    /**
     * U+0080..U+009F are control characters no feed means; they are windows-1252 punctuation (curly
     * quotes, dashes, the euro sign) that went through a Latin-1 conversion, and are read as such.
     */
    private static String withoutC1Controls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                String mapped = new String(new byte[] {(byte) c}, WINDOWS_1252);
                out.append(mapped.charAt(0) == '\uFFFD' ? c : mapped.charAt(0));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static Charset byteOrderMark(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** XML 1.0 appendix F: a '<' spread over zero bytes betrays UTF-16 or UTF-32 without a mark. */
    private static Charset unmarkedWide(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0x00, 0x3C)) {
            return UTF_32BE;
        }
        if (startsWith(b, 0x3C, 0x00, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (startsWith(b, 0x00, 0x3C)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0x3C, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String declaredEncoding(byte[] body, Charset structural) {
        Charset prologCharset = structural != null ? structural : StandardCharsets.ISO_8859_1;
        int length = Math.min(body.length, PROLOG_BYTES);
        String prolog = new String(body, 0, length, prologCharset).replace("\uFEFF", "");
        Matcher matcher = DECLARED.matcher(prolog);
        return matcher.find() ? matcher.group(1).trim() : null;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isWide(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    private static String strictDecode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
