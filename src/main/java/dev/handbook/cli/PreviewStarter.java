package dev.handbook.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JFileChooser;

/**
 * The installers' "Voorvertoning" launcher: starts the live preview of a handbook and opens it in the
 * browser, for an editor who never opens a terminal. The folder is the argument, else the current
 * folder when it holds a handbook, else the one the editor picks in a folder dialog.
 */
public final class PreviewStarter {
    private PreviewStarter() {}

    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.isRegularFile(Path.of("handbook.yml")) ? Path.of(".") : choose();
        if (folder == null) System.exit(0);
        System.exit(Main.execute("serve", "--source", folder.toString(), "--open"));
    }

    /** The folder the editor picks, or null when there is no screen or the dialog is cancelled. */
    private static Path choose() {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("handbook: geef de map van het handboek op / name the handbook's folder");
            return null;
        }
        JFileChooser chooser = new JFileChooser(Path.of(System.getProperty("user.home")).toFile());
        chooser.setDialogTitle("Kies de map van het handboek (met handbook.yml)");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        return chooser.showOpenDialog(null) == JFileChooser.APPROVE_OPTION ? chooser.getSelectedFile().toPath() : null;
    }
}
