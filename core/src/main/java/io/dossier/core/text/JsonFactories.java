package io.dossier.core.text;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import java.util.Map;

/**
 * JSON-P factories made once: {@code Json.createObjectBuilder()} and friends look the provider up
 * through the service loader (a scan of the class path) on every call, which showed as a fifth
 * of an uncached page's time in a profile.
 */
public final class JsonFactories {

    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    public static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonFactories() {}
}
