package io.wirewatch.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChangeLogTest {

    @Test
    void resumesAfterTheLastSeenIdWhileItIsKept() {
        ChangeLog log = new ChangeLog(3);
        for (int i = 1; i <= 5; i++) {
            log.append("story", "s" + i);
        }
        assertThat(log.lastId()).isEqualTo(5);
        assertThat(log.after(3).orElseThrow()).extracting(ChangeLog.Change::id).containsExactly(4L, 5L);
        assertThat(log.after(2).orElseThrow()).extracting(ChangeLog.Change::id).containsExactly(3L, 4L, 5L);
        assertThat(log.after(5).orElseThrow()).isEmpty();
    }

    @Test
    void saysWhenTheClientMustReload() {
        ChangeLog log = new ChangeLog(3);
        for (int i = 1; i <= 5; i++) {
            log.append("story", "s" + i);
        }
        assertThat(log.after(1)).as("change 2 is no longer kept").isEmpty();
        assertThat(log.after(99)).as("an id from an earlier process").isEmpty();
    }

    @Test
    void tellsListenersInOrder() {
        ChangeLog log = new ChangeLog(3);
        List<Long> seen = new ArrayList<>();
        log.subscribe(change -> seen.add(change.id()));
        log.append("story", "a");
        log.append("alert", "b");
        assertThat(seen).containsExactly(1L, 2L);
    }
}
