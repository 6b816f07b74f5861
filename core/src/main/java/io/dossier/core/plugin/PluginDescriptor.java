package io.dossier.core.plugin;

import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A plugin's {@code META-INF/dossier-plugin.properties}: who it is and which API versions it
 * supports ({@code api.min} inclusive; {@code api.max} inclusive, "1.x" meaning any 1.*).
 */
public record PluginDescriptor(
        String id, String name, String version, String description, String apiMin, String apiMax) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern API = Pattern.compile("\\d+\\.(\\d+|x)");

    /** Reads a descriptor; throws {@link IllegalArgumentException} naming what is wrong. */
    public static PluginDescriptor parse(Properties p) {
        String id = p.getProperty("id", "").strip();
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "descriptor id \"" + id + "\" is not a plugin id (lowercase letters, digits, dashes)");
        }
        String min = p.getProperty("api.min", "").strip();
        String max = p.getProperty("api.max", min).strip();
        if (!API.matcher(min).matches()
                || min.endsWith(".x")
                || !API.matcher(max).matches()) {
            throw new IllegalArgumentException("descriptor of " + id + " needs api.min like 1.0 and api.max like 1.x");
        }
        return new PluginDescriptor(
                id,
                p.getProperty("name", id).strip(),
                p.getProperty("version", "0").strip(),
                p.getProperty("description", "").strip(),
                min,
                max);
    }

    /** Whether this plugin declares support for API {@code version} ("major.minor"). */
    public boolean supportsApi(String version) {
        int[] v = parts(version);
        int[] min = parts(apiMin);
        if (compare(v, min) < 0) {
            return false;
        }
        if (apiMax.endsWith(".x")) {
            return v[0] == Integer.parseInt(apiMax.substring(0, apiMax.indexOf('.')));
        }
        return compare(v, parts(apiMax)) <= 0;
    }

    public String apiRange() {
        return apiMin.equals(apiMax) ? apiMin : apiMin + " – " + apiMax;
    }

    private static int[] parts(String version) {
        String[] s = version.split("\\.");
        return new int[] {Integer.parseInt(s[0]), Integer.parseInt(s[1])};
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }
}
