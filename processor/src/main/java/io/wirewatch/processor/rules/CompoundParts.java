package io.wirewatch.processor.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The dictionary of German compound parts shipped as {@code de-compound-parts.txt}.
 *
 * <p>A hyphenation grammar would split compounds more generally, but none can be shipped under the
 * project's licence constraints; a hand-kept list of news nouns covers the words that watch-list
 * rules actually ask for ("munition", "drohne", "rakete").
 */
final class CompoundParts {

    static final String RESOURCE = "de-compound-parts.txt";

    private static final CharArraySet PARTS = load();

    private CompoundParts() {
    }

    static CharArraySet dictionary() {
        return PARTS;
    }

    private static CharArraySet load() {
        try (InputStream in = CompoundParts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            List<String> parts = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String part = line.strip();
                if (!part.isEmpty() && !part.startsWith("#")) {
                    parts.add(part.replace("ß", "ss"));
                }
            }
            return CharArraySet.unmodifiableSet(new CharArraySet(parts, false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
