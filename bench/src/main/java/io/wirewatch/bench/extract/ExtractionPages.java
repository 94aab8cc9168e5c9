package io.wirewatch.bench.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The HTML pages a benchmark runs over, decoded once so that every extractor gets the same strings:
 * every {@code *.html} file under a directory (recursively), or the few pages bundled with the bench.
 */
final class ExtractionPages {

    static final String BUNDLED_DIR = "extraction-pages/";
    /** The bundled pages; a jar's resource folder cannot be listed, so they are named here. */
    private static final List<String> BUNDLED = List.of("landtag.html", "hochwasser.html", "bahnstreik.html");
    /** A meta charset declaration in the page's first bytes (HTML's prescan). */
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final int PRESCAN_BYTES = 2048;

    private ExtractionPages() {
    }

    /** @param dir a directory of pages, or blank for the bundled pages */
    static List<String> load(String dir) {
        return dir == null || dir.isBlank() ? bundled() : fromDirectory(Path.of(dir));
    }

    private static List<String> fromDirectory(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> pages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".html")).sorted().toList()) {
                pages.add(decode(Files.readAllBytes(file)));
            }
            if (pages.isEmpty()) {
                throw new IllegalArgumentException("no .html pages under " + dir);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pages under " + dir, e);
        }
    }

    private static List<String> bundled() {
        List<String> pages = new ArrayList<>();
        for (String name : BUNDLED) {
            try (InputStream in = ExtractionPages.class.getClassLoader().getResourceAsStream(BUNDLED_DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled page missing from the bench jar: " + BUNDLED_DIR + name);
                }
                pages.add(decode(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled page " + name, e);
            }
        }
        return pages;
    }

    /** By the page's meta charset when it declares a known one, else UTF-8. */
    static String decode(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        Charset charset = StandardCharsets.UTF_8;
        if (meta.find()) {
            try {
                charset = Charset.forName(meta.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                // keep UTF-8, as a browser falls back to its default
            }
        }
        return new String(page, charset);
    }
}
