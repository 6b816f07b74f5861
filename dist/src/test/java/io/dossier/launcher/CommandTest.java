package io.dossier.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandTest {

    @TempDir
    Path folder;

    @Test
    void importNeedsAReadableFile() throws Exception {
        Path wxr = Files.writeString(folder.resolve("site.xml"), "<rss/>");
        Command command = Command.parse(new String[] {"import", wxr.toString()});
        assertEquals("DOSSIER_IMPORT", command.property());
        assertEquals(wxr, command.file());
        String missing = assertThrows(
                        IllegalArgumentException.class,
                        () -> Command.parse(new String[] {
                            "import", folder.resolve("nope.xml").toString()
                        }))
                .getMessage();
        assertTrue(missing.startsWith("cannot read "), missing);
    }

    @Test
    void exportWritesWxrIntoAnExistingFolder() {
        Command plain =
                Command.parse(new String[] {"export", folder.resolve("out.xml").toString()});
        assertEquals("DOSSIER_EXPORT", plain.property());
        assertEquals("wxr", plain.format());
        assertEquals(
                "wxr",
                Command.parse(new String[] {
                            "export", "--format", "wxr", folder.resolve("o.xml").toString()
                        })
                        .format());
        assertEquals(
                "json",
                Command.parse(new String[] {
                            "export",
                            "--format",
                            "json",
                            folder.resolve("o.json").toString()
                        })
                        .format());
        assertEquals(
                "archive",
                Command.parse(new String[] {
                            "export",
                            "--format",
                            "archive",
                            folder.resolve("o.zip").toString()
                        })
                        .format());
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> Command.parse(new String[] {
                            "export", "--format", "csv", folder.resolve("o.csv").toString()
                        }))
                .getMessage()
                .contains("csv"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> Command.parse(new String[] {
                            "export", folder.resolve("no/such/folder/o.xml").toString()
                        }))
                .getMessage()
                .startsWith("cannot write"));
    }

    @Test
    void reindexTakesNoFile() {
        Command reindex = Command.parse(new String[] {"reindex"});
        assertEquals("DOSSIER_REINDEX", reindex.property());
        assertEquals("all", reindex.value());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Command.parse(new String[] {"reindex", "now"}))
                .getMessage()
                .contains("usage"));
    }

    @Test
    void anythingElseShowsTheUsage() {
        String message = assertThrows(
                        IllegalArgumentException.class, () -> Command.parse(new String[] {"serve", "now"}))
                .getMessage();
        assertTrue(
                message.contains("unknown command \"serve now\"") && message.contains("usage: bin/dossier"), message);
    }
}
