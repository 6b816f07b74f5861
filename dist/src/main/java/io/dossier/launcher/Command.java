package io.dossier.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-off command of {@code bin/dossier} instead of starting the site: {@code import FILE},
 * {@code export [--format wxr|json] FILE} or {@code reindex}. The application runs it once the database is migrated, told
 * by the system property {@link #property()} (read through MicroProfile Config), and reports its exit
 * status in {@link #STATUS}.
 */
record Command(String name, Path file, String format) {

    static final String STATUS = "dossier.command.status";
    static final String USAGE = """
            usage: bin/dossier                               start the site
                   bin/dossier import FILE                   import a WordPress (WXR) or Dossier (JSON, ZIP) export
                   bin/dossier export [--format wxr] FILE    write the site as a WordPress export (WXR)
                   bin/dossier export --format json FILE     write the whole site as a Dossier export (JSON)
                   bin/dossier export --format archive FILE  the Dossier export and the media files in one ZIP
                   bin/dossier reindex                       rebuild the search index from the database""";

    static Command parse(String[] args) {
        if (args.length == 1 && args[0].equals("reindex")) {
            return new Command("reindex", null, null);
        }
        if (args.length == 2 && args[0].equals("import")) {
            Path file = Path.of(args[1]).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read " + file);
            }
            return new Command("import", file, "wxr");
        }
        boolean formatted = args.length == 4 && args[1].equals("--format");
        if (args.length > 0 && args[0].equals("export") && (args.length == 2 || formatted)) {
            String format = formatted ? args[2] : "wxr";
            if (!format.equals("wxr") && !format.equals("json") && !format.equals("archive")) {
                throw new IllegalArgumentException("unknown export format \"" + format + "\" (wxr, json or archive)");
            }
            Path file = Path.of(args[args.length - 1]).toAbsolutePath().normalize();
            if (file.getParent() == null
                    || !Files.isDirectory(file.getParent())
                    || !Files.isWritable(file.getParent())) {
                throw new IllegalArgumentException("cannot write into " + file.getParent());
            }
            return new Command("export", file, format);
        }
        throw new IllegalArgumentException("unknown command \"" + String.join(" ", args) + "\"\n" + USAGE);
    }

    /** The setting that tells the application what to do: DOSSIER_IMPORT, DOSSIER_EXPORT or DOSSIER_REINDEX. */
    String property() {
        return "DOSSIER_" + name.toUpperCase(Locale.ROOT);
    }

    /** The setting's value: the file, or "all" for a command without one. */
    String value() {
        return file == null ? "all" : file.toString();
    }
}
