package io.dossier.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real WordPress REST client from npm, node-wpapi, reads the started distribution as it reads a
 * WordPress site: it discovers the API from the site's address alone and then pages, looks up and
 * filters (src/test/wordpress-client/client.mjs, one line per check). npm installs it from the
 * lock file into target/ on first run.
 */
@ExtendWith(SharedDistribution.class)
class WordPressClientIT {

    private static final Path CLIENT = Path.of("src/test/wordpress-client");

    @Test
    void aWordPressClientDiscoversAndReadsTheSiteUnchanged() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "wordpress-client"));
        for (String file : List.of("package.json", "package-lock.json", "client.mjs")) {
            Files.copy(CLIENT.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(work.resolve("node_modules/wpapi"))) {
            Run install = run(work, 5, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
            assertEquals(0, install.status(), "npm ci:\n" + install.output());
        }
        Run client = run(work, 3, "node", "client.mjs", "http://127.0.0.1:" + SharedDistribution.dossier().port);
        assertEquals(0, client.status(), client.output());
        assertTrue(client.output().lines().filter(l -> l.startsWith("ok ")).count() >= 10, client.output());
    }

    private record Run(int status, String output) {}

    private static Run run(Path directory, int minutes, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(directory, "run-", ".log");
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            return new Run(-1, "timed out after " + minutes + " min:\n" + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readString(output));
    }
}
