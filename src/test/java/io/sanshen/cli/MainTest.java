package io.sanshen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void placeholderRuns() {
        assertThat(1 + 1).isEqualTo(2);
    }
}
