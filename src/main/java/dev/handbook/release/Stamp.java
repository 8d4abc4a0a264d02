package dev.handbook.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The one moment a release is stamped with, in its manifest, its zip and its PDF, so that the same
 * sources give the same bytes: {@code SOURCE_DATE_EPOCH} when set (the reproducible-builds convention),
 * else the edition's {@code date} from handbook.yml at midnight UTC, else today's date.
 */
public record Stamp(Instant instant) {
    public static Stamp of(String sourceDateEpoch, LocalDate configured, LocalDate today) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
            return new Stamp(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())));
        }
        LocalDate date = configured != null ? configured : today;
        return new Stamp(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public LocalDate date() {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    public LocalDateTime utc() {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
