package io.dossier.plugin.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.core.testing.PluginBoundary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plugin uses nothing of core but its public API, so core can change underneath it. */
class PluginBoundaryTest {

    @Test
    void onlyThePublicApiIsUsed() throws Exception {
        Path classes = Path.of("target", "classes");
        assertTrue(Files.exists(classes.resolve("io/dossier/plugin/people/ProfilePage.class")));
        assertEquals(List.of(), PluginBoundary.violations(classes));
    }
}
