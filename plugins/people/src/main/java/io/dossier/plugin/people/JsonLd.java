package io.dossier.plugin.people;

import io.dossier.core.spi.NamedLink;
import io.dossier.core.spi.Profile;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** schema.org {@code Person} / {@code Organization} markup for a profile, safe inside a script element. */
final class JsonLd {

    /** Made once: Json.createObjectBuilder() looks the provider up through the service loader on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    private JsonLd() {}

    /** The markup, with the profile's address and photo made absolute by {@code absolute}, as schema.org wants them. */
    static String of(Profile profile, UnaryOperator<String> absolute) {
        boolean organization = profile.kind().equals("organization");
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", organization ? "Organization" : "Person")
                .add("name", profile.name())
                .add("url", absolute.apply(profile.url()));
        if (profile.roleTitle() != null && !profile.roleTitle().isBlank()) {
            json.add(organization ? "description" : "jobTitle", profile.roleTitle());
        }
        if (!organization && profile.bioHtml() != null && !profile.bioHtml().isBlank()) {
            json.add(
                    "description",
                    TAGS.matcher(profile.bioHtml())
                            .replaceAll(" ")
                            .replaceAll("\\s+", " ")
                            .strip());
        }
        if (profile.photoUrl() != null && !profile.photoUrl().isBlank()) {
            json.add("image", absolute.apply(profile.photoUrl()));
        }
        if (!profile.links().isEmpty()) {
            JsonArrayBuilder sameAs = JSON.createArrayBuilder();
            profile.links().stream().map(NamedLink::url).forEach(sameAs::add);
            json.add("sameAs", sameAs);
        }
        // "</" would end the script element early; "<\/" means the same in JSON.
        return json.build().toString().replace("</", "<\\/");
    }
}
