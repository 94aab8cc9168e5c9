package io.wirewatch.processor;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of the default processor topology in a fresh {@link TopologyHarness} per test, articles around {@link #T0}. */
abstract class HarnessTest {

    static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");

    @TempDir
    Path stateDir;

    TopologyHarness harness;

    @BeforeEach
    void start() {
        harness = new TopologyHarness(ProcessorConfig.defaults(), stateDir);
    }

    @AfterEach
    void stop() {
        harness.close();
    }
}
