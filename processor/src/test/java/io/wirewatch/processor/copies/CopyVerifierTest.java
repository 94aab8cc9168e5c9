package io.wirewatch.processor.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wirewatch.processor.Fixtures;

class CopyVerifierTest {

    private final Shingles shingles = new Shingles(5);
    private final CopyVerifier verifier = new CopyVerifier(0.5, 0.8, CopyVerifier.DEFAULT_MIN_SHINGLES);

    private long[] of(String text) {
        return shingles.of(TextNormaliser.lines(text));
    }

    @Test
    void identicalTextsHaveJaccardOne() {
        long[] a = of(Fixtures.text("bahn-original"));
        assertThat(verifier.compare(a, a)).hasValue(new CopyMatch(1.0, "jaccard", a.length));
    }

    @Test
    void teaserIsDecidedByContainment() {
        long[] full = of(Fixtures.text("bahn-original"));
        long[] teaser = of(Fixtures.text("bahn-teaser"));

        assertThat(CopyVerifier.jaccard(full, teaser)).isLessThan(0.5);
        assertThat(verifier.compare(full, teaser)).hasValueSatisfying(match -> {
            assertThat(match.measure()).isEqualTo("containment");
            assertThat(match.similarity()).isGreaterThanOrEqualTo(0.8);
        });
    }

    @Test
    void differentEventsOfOneSpokesmanShareFewShingles() {
        long[] housing = of(Fixtures.text("regierung-wohnungsbau"));
        long[] childcare = of(Fixtures.text("regierung-kita"));

        assertThat(CopyVerifier.jaccard(housing, childcare)).isLessThan(0.1);
        assertThat(verifier.compare(housing, childcare)).isEmpty();
    }

    @Test
    void footerAloneWouldMakeShortNoticesLookLikeCopies() {
        // Why boilerplate lines must be left out: by raw shingles these two unrelated notices match.
        String footer = Fixtures.resource(Fixtures.FOOTER);
        long[] council = of(Fixtures.text("kurz-stadtrat") + "\n" + footer);
        long[] zoo = of(Fixtures.text("kurz-zoo") + "\n" + footer);

        assertThat(verifier.compare(council, zoo)).isPresent();
        assertThat(verifier.compare(of(Fixtures.text("kurz-stadtrat")), of(Fixtures.text("kurz-zoo")))).isEmpty();
    }

    @Test
    void furnitureLinesOfTheSmallerTextDoNotCountAgainstContainment() {
        long[] original = of(Fixtures.text("bahn-original"));
        List<String> portalLines = TextNormaliser.lines(Fixtures.text("bahn-portal"));
        long[] portal = shingles.of(portalLines);
        long[][] lines = portalLines.stream().map(shingles::ofLine).toArray(long[][]::new);

        assertThat(verifier.compare(original, portal)).as("by all its shingles the cut portal copy is no copy").isEmpty();
        assertThat(verifier.compare(original, portal, lines)).hasValueSatisfying(match -> {
            assertThat(match.measure()).isEqualTo("containment");
            assertThat(match.similarity()).isGreaterThanOrEqualTo(0.8);
        });
    }

    @Test
    void furnitureLinesOfTheEarlierSmallerTextDoNotCountWhenTheFullerTextFollows() {
        List<String> portalLines = TextNormaliser.lines(Fixtures.text("faehre-portal"));
        long[] portal = shingles.of(portalLines);
        long[][] portalShortLines = CopyVerifier.shortLines(portalLines.stream().map(shingles::ofLine).toArray(long[][]::new));
        List<String> agencyLines = TextNormaliser.lines(Fixtures.text("faehre-original"));
        long[] agency = shingles.of(agencyLines);
        long[][] agencyLineShingles = agencyLines.stream().map(shingles::ofLine).toArray(long[][]::new);

        assertThat(verifier.compare(portal, agency, agencyLineShingles)).as("the portal copy's own furniture counts").isEmpty();
        assertThat(verifier.compare(portal, portalShortLines, agency, agencyLineShingles)).hasValueSatisfying(match ->
                assertThat(match.measure()).isEqualTo("containment"));
        assertThat(verifier.cutCopyOf(portal, portalShortLines, agency)).as("the agency text is the fuller one").isTrue();
        assertThat(verifier.cutCopyOf(agency, new long[0][], portal)).isFalse();
    }

    @Test
    void aCopyThatDiffersByAFewWordsIsNoCutCopy() {
        long[] original = of(Fixtures.text("bahn-original"));
        long[] swiss = of(Fixtures.text("bahn-schweiz"));
        long[] headlineAndLead = of(Fixtures.text("bahn-neuer-einstieg"));

        assertThat(verifier.cutCopyOf(swiss, new long[0][], original)).isFalse();
        assertThat(verifier.cutCopyOf(headlineAndLead, new long[0][], original)).as("it has a lead of its own").isFalse();
        assertThat(verifier.cutCopyOf(of(Fixtures.text("bahn-teaser")), new long[0][], original)).isTrue();
    }

    @Test
    void aParagraphOfItsOwnStillCountsAgainstContainment() {
        // The spokesman's other statement shares some lines' wording, but none of its long lines is furniture.
        long[] housing = of(Fixtures.text("regierung-wohnungsbau"));
        List<String> childcareLines = TextNormaliser.lines(Fixtures.text("regierung-kita"));
        long[][] lines = childcareLines.stream().map(shingles::ofLine).toArray(long[][]::new);

        assertThat(verifier.compare(housing, shingles.of(childcareLines), lines)).isEmpty();
    }

    @Test
    void textsBelowTheMinimumNeverMatch() {
        long[] tiny = shingles.of(List.of("die polizei ermittelt"));
        assertThat(verifier.compare(tiny, tiny)).isEmpty();
    }
}
