package dev.handbook.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The failures of a write as the system reports them (its strerror text), each told as what it means. */
class WriteFailuresTest {
    private final Path target = Path.of("/srv/www/site");
    private final String staged = "/srv/www/.site.staging-1x/index.html";

    @Test
    void aFullDiskOrQuotaIsTheDiskFullProblemOfTheOutputFolder() {
        assertThat(code(new IOException("No space left on device"))).isEqualTo("output.disk-full");
        assertThat(code(new FileSystemException(staged, null, "No space left on device"))).isEqualTo("output.disk-full");
        assertThat(code(new IOException("Disk quota exceeded"))).isEqualTo("output.disk-full");
        assertThat(code(new IOException("There is not enough space on the disk"))).isEqualTo("output.disk-full");
        OutputFolderException full = (OutputFolderException) WriteFailures.of(new IOException("No space left on device"), target);
        assertThat(full.folder()).isEqualTo(target.toString());
        assertThat(full.args()).containsExactly(target.toString());
    }

    @Test
    void noWriteAccessOrAReadOnlyFileSystemIsTheReadOnlyProblem() {
        assertThat(code(new AccessDeniedException(staged))).isEqualTo("output.read-only");
        assertThat(code(new AccessDeniedException("/srv/www/.site.lock"))).isEqualTo("output.read-only");
        assertThat(code(new FileSystemException(staged, null, "Read-only file system"))).isEqualTo("output.read-only");
    }

    @Test
    void aFileWhereAFolderMustBeIsTheBelowFileProblemNamingIt() {
        OutputFolderException below = (OutputFolderException) WriteFailures.of(
                new FileSystemException("/srv/www", null, "Not a directory"), target);
        assertThat(below.code()).isEqualTo("output.below-file");
        assertThat(below.args()).containsExactly(target.toString(), "/srv/www");
    }

    @Test
    void anythingElseWhileWritingIsTheWriteFailedProblemWithTheSystemsReason() {
        OutputFolderException other = (OutputFolderException) WriteFailures.of(
                new FileSystemException(staged, null, "Input/output error"), target);
        assertThat(other.code()).isEqualTo("output.write-failed");
        assertThat(other.args()).containsExactly(target.toString(), "Input/output error");
        assertThat(other.getCause()).isInstanceOf(FileSystemException.class);
    }

    @Test
    void aSourceThatCannotBeReadIsNotTheOutputsToExplain() {
        IOException source = new NoSuchFileException("/home/editor/content/beeld.png");
        assertThat(WriteFailures.of(source, target)).isSameAs(source);
        IOException locked = new AccessDeniedException("/home/editor/content/beeld.png");
        assertThat(WriteFailures.of(locked, target)).isSameAs(locked);
    }

    private String code(IOException e) {
        IOException mapped = WriteFailures.of(e, target);
        assertThat(mapped).isInstanceOf(OutputFolderException.class);
        return ((OutputFolderException) mapped).code();
    }
}
