package io.wirewatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FigureScannerTest {

    private static Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        FigureScanner.addKeys(text, keys);
        return keys;
    }

    @Test
    void figuresWithInnerDotsOrCommasAreKeysWithADecimalDot() {
        assertThat(keys("17.000 Menschen, 2,5 Prozent, 120 Busse")).containsExactly("z:17.000", "z:2.5", "z:120");
    }

    @Test
    void yearsAndOneDigitFiguresAreNoEvidence() {
        assertThat(keys("im Jahr 2024 auf Gleis 7, aber 1999 nicht und 2100 schon")).containsExactly("z:2100");
    }

    @Test
    void aTrailingGroupTouchingALetterIsLeftOff() {
        assertThat(keys("12,5a")).containsExactly("z:12");
    }

    @Test
    void aFigureTouchingALetterIsNone() {
        assertThat(keys("A380 und 3a")).isEmpty();
    }
}
