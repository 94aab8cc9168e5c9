package io.wirewatch.processor;

import static io.wirewatch.processor.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Verdict;
import io.wirewatch.processor.copies.CopyStores;
import io.wirewatch.processor.copies.LineSightings;

/**
 * Boilerplate is a line seen in two stories: lines that copies of one text share stay content, however
 * many copy groups of its story they fall into, also across an upgrade from sightings stored by copy group.
 */
class BoilerplateByStoryTest extends HarnessTest {

    /** The agency text's second paragraph, which both reports below carry. */
    private static final String DEMANDS = "Die Gewerkschaft fordert eine Lohnerhöhung um 550 Euro im Monat sowie eine Verkürzung der "
            + "Wochenarbeitszeit auf 35 Stunden bei vollem Lohnausgleich. Das Unternehmen hatte zuletzt eine Erhöhung in zwei Stufen "
            + "um insgesamt elf Prozent bei einer Laufzeit von 32 Monaten angeboten. \"Dieses Angebot gleicht nicht einmal die "
            + "Inflation der vergangenen Jahre aus\", so Falkenhagen.";

    @Test
    void aLineTwoCopyGroupsOfOneStoryShareStaysContentForATeaserMadeOfIt() {
        // The agency text with a new lead: a copy group of its own.
        String newLead = "Pendler müssen sich von Donnerstag an auf massive Zugausfälle einstellen. Die Lokführergewerkschaft ruft zu einem "
                + "zweitägigen Warnstreik auf, der um zwei Uhr morgens beginnen und bis Samstagfrüh dauern soll.\n\n" + DEMANDS
                + "\n\n" + Fixtures.text("bahn-original").split("\n\n")[2];
        StoryAssignment first = harness.assign(Fixtures.article("lead", 1, "nordkurier", "Bahnstreik ab Donnerstag", newLead, T0));
        // A report of its own that carries the same paragraph: not a copy, one story.
        String ownReport = DEMANDS + "\n\nIn einem Gespräch mit unserer Redaktion verteidigte Gewerkschaftschef Bernd Falkenhagen den "
                + "Zeitpunkt des Ausstands. Man habe lange genug gewartet, die Beschäftigten seien am Ende ihrer Geduld. Ein Schlichter "
                + "komme für die Gewerkschaft derzeit nicht in Frage.\n\nIn den Betrieben der Region wollen nach Angaben der "
                + "Gewerkschaft fast alle Lokführer die Arbeit niederlegen, auch in den Stellwerken werde gestreikt.";
        StoryAssignment second = harness.assign(Fixtures.article("report", 1, "suedblatt", "Falkenhagen verteidigt den Streik", ownReport,
                T0.plusSeconds(60)));
        assertThat(second.reason()).isEqualTo(Verdict.STORY_MATCH);
        assertThat(second.storyId()).isEqualTo(first.storyId());

        StoryAssignment teaser = harness.assign(Fixtures.article("teaser", 1, "westpost", "Was die Gewerkschaft fordert", DEMANDS,
                T0.plusSeconds(120)));

        assertThat(teaser.reason()).as("a line of one story is no boilerplate").isEqualTo(Verdict.NEAR_COPY);
        assertThat(teaser.storyId()).isEqualTo(first.storyId());
    }

    @Test
    void sightingsStoredByCopyGroupAreReadAsTheStoriesOfThoseGroups() {
        StoryAssignment original = harness.assign(article("bahn-original", "original", "wwa", T0));
        Map<String, LineSightings> stored = harness.store(CopyStores.LINES);
        assertThat(stored).isNotEmpty().allSatisfy((line, sightings) -> assertThat(sightings.stories()).containsExactly(original.storyId()));
        // as an earlier build stored them: by the copy group's root article
        stored.keySet().forEach(line -> harness.put(CopyStores.LINES, line, new LineSightings(List.of("original"), T0.toEpochMilli(), true)));

        StoryAssignment portal = harness.assign(article("bahn-portal", "portal", "kuestenportal", T0.plusSeconds(60)));
        StoryAssignment cut = harness.assign(article("bahn-gekuerzt", "cut", "suedblatt", T0.plusSeconds(120)));

        assertThat(portal.duplicateOf()).isEqualTo("original");
        assertThat(cut.duplicateOf()).as("the original's lines are not boilerplate after one more copy").isEqualTo("original");
        Map<String, LineSightings> after = harness.store(CopyStores.LINES);
        assertThat(after.values()).as("one story, whichever build stored a sighting").allSatisfy(
                sightings -> assertThat(sightings.stories()).containsExactly(sightings.byGroup() ? "original" : original.storyId()));
    }
}
