package io.wirewatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DateScannerTest {

    private final Set<String> keys = new LinkedHashSet<>();

    @Test
    void dayBeforeMonthInGermanOrEnglish() {
        DateScanner.addKeys("am 3. März und am 14 march", keys);
        assertThat(keys).containsExactly("d:03-03", "d:03-14");
    }

    @Test
    void monthBeforeDayInAnyCase() {
        DateScanner.addKeys("On March 3, then MÄRZ 14 and Jänner 5", keys);
        assertThat(keys).containsExactly("d:03-03", "d:03-14", "d:01-05");
    }

    @Test
    void numericDatesWithOrWithoutYear() {
        DateScanner.addKeys("seit 12.09.2023 und am 1.10.", keys);
        assertThat(keys).containsExactly("d:09-12", "d:10-01");
    }

    @Test
    void impossibleDaysAndMonthsAreNoDates() {
        DateScanner.addKeys("am 32. März, 31.13.2024 und Gleis 7", keys);
        assertThat(keys).isEmpty();
    }

    @Test
    void theDatesFoundAreBlankedInTheTextReturned() {
        String rest = DateScanner.addKeys("am 3. März 120 Tote", keys);
        assertThat(rest).isEqualTo("am         120 Tote");
    }
}
