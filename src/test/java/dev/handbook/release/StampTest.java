package dev.handbook.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StampTest {
    private static final LocalDate CONFIGURED = LocalDate.of(2025, 6, 2);
    private static final LocalDate TODAY = LocalDate.of(2030, 1, 1);

    @Test
    void sourceDateEpochWinsOverTheConfiguredDate() {
        Stamp stamp = Stamp.of("1700000000", CONFIGURED, TODAY);
        assertThat(stamp.instant()).isEqualTo(Instant.ofEpochSecond(1700000000));
        assertThat(stamp.date()).isEqualTo(LocalDate.of(2023, 11, 14));
    }

    @Test
    void withoutItTheEditionsDateAtMidnightUtcThenToday() {
        assertThat(Stamp.of(null, CONFIGURED, TODAY).instant()).isEqualTo(Instant.parse("2025-06-02T00:00:00Z"));
        assertThat(Stamp.of("", CONFIGURED, TODAY).date()).isEqualTo(CONFIGURED);
        assertThat(Stamp.of(null, null, TODAY).date()).isEqualTo(TODAY);
    }
}
