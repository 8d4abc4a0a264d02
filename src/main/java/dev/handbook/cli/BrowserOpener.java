package dev.handbook.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/** Opens an address in the user's browser for {@code serve --open}; a machine without one only misses the convenience. */
final class BrowserOpener {
    private BrowserOpener() {}

    /** Whether a browser was asked to open {@code uri}. */
    static boolean open(URI uri) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(uri);
                return true;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the desktop's own command
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
                : os.contains("mac") ? List.of("open", uri.toString()) : List.of("xdg-open", uri.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
