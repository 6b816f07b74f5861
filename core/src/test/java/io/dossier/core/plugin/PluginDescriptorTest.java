package io.dossier.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class PluginDescriptorTest {

    static PluginDescriptor descriptor(String id, String min, String max) {
        Properties p = new Properties();
        p.setProperty("id", id);
        p.setProperty("name", "Name of " + id);
        p.setProperty("version", "2.1");
        p.setProperty("api.min", min);
        if (max != null) {
            p.setProperty("api.max", max);
        }
        return PluginDescriptor.parse(p);
    }

    @Test
    void aRangeWithAWildcardAcceptsTheWholeMajorVersion() {
        PluginDescriptor d = descriptor("feeds", "1.0", "1.x");
        assertTrue(d.supportsApi("1.0"));
        assertTrue(d.supportsApi("1.7"));
        assertFalse(d.supportsApi("2.0"));
        assertEquals("1.0 – 1.x", d.apiRange());
    }

    @Test
    void aPluginForANewerApiIsRefused() {
        PluginDescriptor d = descriptor("future", "1.3", null);
        assertFalse(d.supportsApi("1.0"));
        assertTrue(d.supportsApi("1.3"));
        assertFalse(d.supportsApi("1.4"), "api.max defaults to api.min");
    }

    @Test
    void brokenDescriptorsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> descriptor("Bad Id", "1.0", null))
                .getMessage()
                .contains("not a plugin id"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> descriptor("ok", "one", null))
                .getMessage()
                .contains("api.min"));
    }
}
