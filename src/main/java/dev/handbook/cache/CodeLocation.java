package dev.handbook.cache;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;

/** Where a class of the tool was loaded from: its jar, or the class folder of a run from sources. */
final class CodeLocation {
    private CodeLocation() {}

    /**
     * The jar or folder of {@code type}. A class that a JDK 25 AOT cache gave the JVM (the packaged
     * distribution has one) has no code source location, so the class file's own address is asked then.
     */
    static Path of(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) return Path.of(source.getLocation().toURI());
            String file = type.getName().replace('.', '/') + ".class";
            URL url = type.getClassLoader().getResource(file);
            if (url == null) throw new IllegalStateException("no address for " + file);
            if (url.getProtocol().equals("jar")) {
                return Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
            }
            Path classFile = Path.of(url.toURI());
            for (int i = 0; i < type.getName().split("\\.").length; i++) classFile = classFile.getParent();
            return classFile;
        } catch (URISyntaxException | IOException | SecurityException e) {
            throw new IllegalStateException("cannot find the tool's own code to key the build cache", e);
        }
    }
}
