package io.wirewatch.ingest.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS://WWW.Zeitung.Example/Politik/Artikel-1.html#kommentare | https://www.zeitung.example/Politik/Artikel-1.html",
            "https://zeitung.example/a?utm_source=rss&utm_medium=feed | https://zeitung.example/a",
            "https://zeitung.example/a?id=7&fbclid=XYZ&seite=2&gclid=1 | https://zeitung.example/a?id=7&seite=2",
            "https://zeitung.example/a?mc_cid=1&mc_eid=2&ref_src=twsrc&UTM_Campaign=x | https://zeitung.example/a",
            "https://zeitung.example:443/a?z=1&a=2 | https://zeitung.example/a?z=1&a=2",
            "http://zeitung.example:8080/a | http://zeitung.example:8080/a",
            "https://zeitung.example/suche?q=Br%C3%BCcke+Weser | https://zeitung.example/suche?q=Br%C3%BCcke+Weser",
            "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427 | urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427",
    })
    void canonicalises(String input, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(input)).isEqualTo(expected);
    }
}
