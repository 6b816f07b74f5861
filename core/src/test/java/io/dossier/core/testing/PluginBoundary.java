package io.dossier.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks compiled plugin classes for references to core types outside the public API package.
 * Class files name every type they use in their constant pool ("io/dossier/core/..."), so reading
 * them finds imports, field types, signatures and calls alike.
 */
public final class PluginBoundary {

    private static final Pattern CORE_TYPE = Pattern.compile("io/dossier/core/[A-Za-z0-9_/$]+");
    private static final String API = "io/dossier/core/spi/";

    private PluginBoundary() {
    }

    /** "SomeClass.class uses io/dossier/core/model/Post" for every reference outside the API. */
    public static List<String> violations(Path classes) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                Matcher m = CORE_TYPE.matcher(text);
                while (m.find()) {
                    if (!m.group().startsWith(API)) {
                        found.add(classes.relativize(file) + " uses " + m.group());
                    }
                }
            }
        }
        return List.copyOf(found);
    }
}
