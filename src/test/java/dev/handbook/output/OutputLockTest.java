package dev.handbook.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
    @TempDir
    Path dir;

    @Test
    void aLockHeldByAnotherProcessNamesItsProcessAndIsTakenOverOnceItIsKilled() throws Exception {
        Path file = dir.resolve(".site.lock");
        Process holder = LockHolder.start(file);
        try {
            assertThatThrownBy(() -> OutputLock.acquire(file))
                    .isInstanceOfSatisfying(OutputLock.Busy.class, busy -> assertThat(busy.pid()).isEqualTo(holder.pid()));
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        // the killed holder left its file, with its process id in it: a dead run's lock is free to take
        assertThat(file).exists();
        try (OutputLock taken = OutputLock.acquire(file)) {
            assertThat(Files.readString(file).strip()).isEqualTo(String.valueOf(ProcessHandle.current().pid()));
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileNamingADeadProcessIsNoLock() throws Exception {
        Path file = dir.resolve(".site.lock");
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        Files.writeString(file, gone.pid() + "\n");
        try (OutputLock taken = OutputLock.acquire(file)) {
            assertThat(file).exists();
        }
    }

    @Test
    void oneJvmHoldsALockOnceAndLetsGoOfItWhenClosed() throws Exception {
        Path file = dir.resolve(".site.lock");
        try (OutputLock first = OutputLock.acquire(file)) {
            assertThatThrownBy(() -> OutputLock.acquire(file))
                    .isInstanceOfSatisfying(OutputLock.Busy.class,
                            busy -> assertThat(busy.pid()).isEqualTo(ProcessHandle.current().pid()));
        }
        try (OutputLock again = OutputLock.acquire(file)) {
            assertThat(file).exists();
        }
    }
}
