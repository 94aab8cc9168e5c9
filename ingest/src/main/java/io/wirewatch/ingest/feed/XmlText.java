package io.wirewatch.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.rometools.rome.io.XmlReader;

/** Turns XML bytes into text, honouring the charset precedence of {@link FeedParser}. */
final class XmlText {

    private XmlText() {
    }

    static String decode(byte[] body, Charset headerCharset) throws IOException {
        if (headerCharset != null) {
            String text = headerCharset.decode(ByteBuffer.wrap(body)).toString();
            // A BOM decoded with the header's charset is noise in front of the prolog.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        // No header charset: Rome's XmlReader looks at the BOM, then the XML declaration, then defaults
        // to UTF-8; lenient mode keeps going when the declaration and the bytes disagree.
        try (Reader reader = new XmlReader(new ByteArrayInputStream(body), true, StandardCharsets.UTF_8.name())) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        }
    }
}
