package io.wirewatch.app.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.wirewatch.app.workload.WireStream.WireArticle;
import io.wirewatch.events.Article;

class WireStreamTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theSameSeedGivesTheSameStream() {
        List<WireArticle> first = new WireStream(7, 0.4, "run").next(500, T);
        List<WireArticle> second = new WireStream(7, 0.4, "run").next(500, T);
        List<WireArticle> other = new WireStream(8, 0.4, "run").next(500, T);

        assertThat(second).isEqualTo(first);
        assertThat(other.stream().map(a -> a.article().text()).toList())
                .isNotEqualTo(first.stream().map(a -> a.article().text()).toList());
    }

    @Test
    void theCopyRatioHolds() {
        for (double ratio : new double[] {0.0, 0.25, 0.4, 0.8}) {
            List<WireArticle> articles = new WireStream(42, ratio, "run").next(5_000, T);
            double share = articles.stream().filter(WireArticle::isCopy).count() / 5_000.0;
            assertThat(share).as("ratio %s", ratio).isCloseTo(ratio, org.assertj.core.data.Offset.offset(0.02));
        }
    }

    @Test
    void copiesShareTheirOriginalsTextAndOriginalsAreGermanOrEnglishNews() {
        List<WireArticle> articles = new WireStream(1, 0.5, "run").next(1_000, T);
        var byId = articles.stream().collect(Collectors.toMap(a -> a.article().id(), WireArticle::article));
        for (WireArticle copy : articles.stream().filter(WireArticle::isCopy).toList()) {
            Article original = byId.get(copy.copyOf());
            assertThat(original).isNotNull();
            assertThat(copy.article().language()).isEqualTo(original.language());
            String firstParagraph = original.text().split("\n\n")[0];
            assertThat(copy.article().title().equals(original.title()) || copy.article().text().contains(firstParagraph)).isTrue();
        }
        Set<String> languages = articles.stream().map(a -> a.article().language()).collect(Collectors.toSet());
        assertThat(languages).containsExactlyInAnyOrder("de", "en");
        assertThat(articles.stream().map(a -> a.article().id()).distinct().count()).isEqualTo(1_000);
        assertThat(articles.get(0).article().text()).containsAnyOf("sagte", "said", "zufolge", "according to", "so ");
    }

    @Test
    void eachOriginalReportsAnEventOfItsOwnWhoseNamesRunThroughItAndItsCopies() {
        List<WireArticle> articles = new WireStream(3, 0.4, "run").next(2_000, T);
        List<WireArticle> originals = articles.stream().filter(a -> !a.isCopy()).toList();
        var leads = originals.stream().map(a -> a.article().text().split("\n\n")[0]).toList();
        // headlines name the event ("Velmarin-Werke: 1274 Stellen in Ostkanberg"), and nearly no two are alike
        assertThat(originals.stream().map(a -> a.article().title()).distinct().count()).isGreaterThan(originals.size() * 99L / 100);
        for (int i = 0; i < originals.size(); i++) {
            String lead = leads.get(i);
            assertThat(lead).containsAnyOf("-Werke", " Group ");
            String person = lead.replaceAll(".*(teilte|said\\.) ([A-Z][a-z]+ [A-Z][a-z]+).*", "$2");
            String body = originals.get(i).article().text().substring(lead.length());
            assertThat(body).as("the event's person in the body of %s", originals.get(i).article().id()).contains(person);
        }
        var byId = articles.stream().collect(Collectors.toMap(a -> a.article().id(), WireArticle::article));
        for (WireArticle copy : articles.stream().filter(WireArticle::isCopy).toList()) {
            String originalLead = byId.get(copy.copyOf()).text().split("\n\n")[0];
            assertThat(copy.article().text().contains(originalLead) || copy.article().title().equals(byId.get(copy.copyOf()).title()))
                    .isTrue();
        }
    }

    @Test
    void aRatioOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new WireStream(1, 1.5, "run")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("copy ratio");
    }
}
