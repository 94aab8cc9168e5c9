package io.wirewatch.alerts.payload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Claim.Span;

class MarkingTest {

    private static final String TEXT = "Nordkorea hat Raketen abgefeuert, sagte Brenner.";

    @Test
    void wrapsEachSpan() {
        assertThat(Marking.mark(TEXT, List.of(new Span(14, 21), new Span(0, 9))))
                .isEqualTo("**Nordkorea** hat **Raketen** abgefeuert, sagte Brenner.");
    }

    @Test
    void mergesOverlappingAndTouchingSpans() {
        assertThat(Marking.mark(TEXT, List.of(new Span(0, 5), new Span(3, 9), new Span(9, 13))))
                .isEqualTo("**Nordkorea hat** Raketen abgefeuert, sagte Brenner.");
    }

    @Test
    void ignoresSpansOutsideTheText() {
        assertThat(Marking.mark(TEXT, List.of(new Span(-1, 3), new Span(40, 400), new Span(5, 5))))
                .isEqualTo(TEXT);
        assertThat(Marking.mark(null, List.of())).isEmpty();
    }
}
