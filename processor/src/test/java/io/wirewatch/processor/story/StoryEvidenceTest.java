package io.wirewatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryEvidenceTest {

    private final StoryEvidence evidence = new StoryEvidence(StoryEvidence.DEFAULT_QUOTE_WORDS);

    @Test
    void monthBeforeDayIsADateWhateverTheCaseAndOtherWordsBeforeADayAreNot() {
        assertThat(evidence.keys("Vote on March 3", "The count ends MÄRZ 14 and then Gleis 7 opens."))
                .contains("d:03-03", "d:03-14")
                .noneMatch(key -> key.startsWith("d:") && key.endsWith("-07"));
    }

    @Test
    void aMonthInsideALongerWordIsNoDate() {
        assertThat(evidence.keys("Maiwald 12 Stimmen", "Summay 4 items"))
                .noneMatch(key -> key.startsWith("d:"))
                .contains("z:12");
    }
}
