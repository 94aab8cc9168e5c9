package io.wirewatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FactScannerTest {

    private static Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        FactScanner.addKeys(text, keys);
        return keys;
    }

    @Test
    void agesInTheirGermanAndEnglishForms() {
        assertThat(keys("Ein 42-jähriger Radfahrer und die 17-Jährige aus Dorfen; die Fahrerin ist 63 Jahre alt."))
                .containsExactly("a:42", "a:17", "a:63");
        assertThat(keys("A 29-year-old driver and a passenger aged 71 were taken to hospital.")).containsExactly("a:29", "a:71");
    }

    @Test
    void aFigureInBracketsAfterANameIsAnAge() {
        assertThat(keys("Gesucht wird Lena K. (14), zuletzt gesehen mit Jonas (15).")).containsExactly("a:14", "a:15");
    }

    @Test
    void aYearInBracketsIsNoAge() {
        assertThat(keys("Der Film (2019) lief im Kino.")).isEmpty();
    }

    @Test
    void amountsOfMoneyWithTheirMultiplierAndWithoutTheirCurrency() {
        assertThat(keys("Der Schaden beträgt 8 500 Euro, die Stadt zahlt 1,2 Millionen Franken und 3.400 EUR."))
                .containsExactly("m:8500", "m:1200000", "m:3400");
        assertThat(keys("The fund paid $1.2 million, CHF 3400 and 2,750 dollars.")).containsExactly("m:1200000", "m:3400", "m:2750");
    }

    @Test
    void measuresTimesAndCountsAreNoFacts() {
        assertThat(keys("Sie ist 1,58 Meter groß, um 10.30 Uhr fuhren 25 Busse über 3.000 Meter.")).isEmpty();
    }

    @Test
    void aFigureTouchingALetterIsNone() {
        assertThat(keys("Der A380 und 3a-Gebäude")).isEmpty();
    }
}
