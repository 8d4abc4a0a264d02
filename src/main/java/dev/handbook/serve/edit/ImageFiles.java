package dev.handbook.serve.edit;

import dev.handbook.text.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An image dropped onto the editor: copied next to its page under a slug of its name
 * ({@code Foto van de wijk.PNG} becomes {@code foto-van-de-wijk.png}), never over another file (the
 * same bytes again reuse it; other bytes get {@code -2}, {@code -3}), and only when its bytes are the
 * kind its name says. An SVG with a script is refused: the preview would run it in its own origin.
 */
final class ImageFiles {
    /** Largest image taken. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Pattern SVG_ACTIVE = Pattern.compile("(?is)<script|\\son[a-z]+\\s*=|javascript:|<foreignObject");

    private ImageFiles() {}

    /** The file written (or found with the same bytes) beside {@code page}. */
    static Path save(Path page, String name, byte[] bytes) throws Refusal, IOException {
        String extension = ContentFiles.extension(Path.of(name.isBlank() ? "x" : name));
        if (!ContentFiles.IMAGES.contains(extension)) throw Refusal.bad("edit.image-type", name);
        if (bytes.length == 0 || bytes.length > MAX_BYTES) throw Refusal.bad("edit.image-size", MAX_BYTES / (1024 * 1024));
        if (!looksLike(extension, bytes)) throw Refusal.bad("edit.image-content", name);
        String base = name.substring(0, name.length() - extension.length() - 1);
        String slug = Slugs.slug(base);
        if (slug.isEmpty()) slug = "afbeelding";
        String ext = extension.equals("jpeg") ? "jpg" : extension;
        for (int n = 1; n < 1000; n++) {
            Path file = page.resolveSibling(slug + (n == 1 ? "" : "-" + n) + "." + ext);
            if (Files.isSymbolicLink(file)) continue;
            if (Files.exists(file)) {
                if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) return file;
                continue;
            }
            AtomicFiles.create(file, bytes);
            return file;
        }
        throw Refusal.bad("edit.image-name", name);
    }

    private static boolean looksLike(String extension, byte[] b) {
        return switch (extension) {
            case "png" -> starts(b, 0x89, 'P', 'N', 'G');
            case "jpg", "jpeg" -> starts(b, 0xFF, 0xD8, 0xFF);
            case "gif" -> starts(b, 'G', 'I', 'F', '8');
            case "webp" -> b.length > 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P';
            case "svg" -> {
                String text = new String(b, StandardCharsets.UTF_8);
                yield text.toLowerCase(Locale.ROOT).contains("<svg") && !SVG_ACTIVE.matcher(text).find();
            }
            default -> false;
        };
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    /** The Markdown that shows {@code file} in {@code page}, with {@code alt} as its text. */
    static String markdown(String alt, Path file) {
        String text = alt.strip().replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replaceAll("\\s+", " ");
        return "![" + text + "](" + file.getFileName() + ")";
    }
}
