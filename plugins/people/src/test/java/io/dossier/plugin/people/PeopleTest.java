package io.dossier.plugin.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.core.spi.NamedLink;
import io.dossier.core.spi.PostLink;
import io.dossier.core.spi.Profile;
import io.dossier.core.spi.Related;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleTest {

    @Test
    void personJsonLdIsSchemaOrgAndCannotCloseTheScript() {
        Profile jane = new Profile(
                "Jane </script> Doe",
                "person",
                "Reporter",
                "<p>Covers <b>lobbying</b>.</p>",
                "/media/2026/11/jane.png",
                List.of(new NamedLink("Site", "https://jane.example/")),
                "/person/jane-doe/");
        String text = JsonLd.of(jane, path -> "https://ledger.example" + path);
        assertFalse(text.contains("</script>"), text);
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        assertEquals("https://schema.org", json.getString("@context"));
        assertEquals("Person", json.getString("@type"));
        assertEquals("Jane </script> Doe", json.getString("name"));
        assertEquals("Reporter", json.getString("jobTitle"));
        assertEquals("Covers lobbying .", json.getString("description"));
        assertEquals("https://jane.example/", json.getJsonArray("sameAs").getString(0));
        assertEquals("https://ledger.example/person/jane-doe/", json.getString("url"), "absolute, as schema.org wants");
        assertEquals("https://ledger.example/media/2026/11/jane.png", json.getString("image"));
    }

    @Test
    void organizationsAreOrganizations() {
        JsonObject json = Json.createReader(new StringReader(JsonLd.of(
                        new Profile(
                                "Example Org",
                                "organization",
                                "Advocacy group",
                                null,
                                null,
                                List.of(),
                                "/organization/example-org/"),
                        path -> path)))
                .readObject();
        assertEquals("Organization", json.getString("@type"));
        assertEquals("Advocacy group", json.getString("description"));
        assertFalse(json.containsKey("jobTitle"));
    }

    @Test
    void relatedPostsSayWhatTheyShare() {
        PostLink post = new PostLink(1, "A post", "/2016/01/01/a/", Instant.EPOCH);
        assertEquals(
                "shares Jane Doe, Example Org",
                RelatedPostsWidget.view(new Related(post, 4, List.of("Jane Doe", "Example Org")))
                        .why());
        assertTrue(RelatedPostsWidget.view(new Related(post, 4, List.of("a", "b", "c", "d")))
                .why()
                .endsWith("a, b, c, …"));
    }

    @Test
    void namesAreLinkedOnceOutsideTagsAndLinks() {
        List<NameLinker.Target> people = List.of(
                new NameLinker.Target("Tomas Hale", "/person/tomas-hale/"),
                new NameLinker.Target("Council", "/organization/council/"));
        String html =
                "<p title=\"Tomas Hale\"><a href=\"/x/\">Tomas Hale</a> met Tomas Hale, then Tomas Hales. The Council&#39;s view.</p>";
        assertEquals(
                "<p title=\"Tomas Hale\"><a href=\"/x/\">Tomas Hale</a> met <a href=\"/person/tomas-hale/\" class=\"profile-link\">"
                        + "Tomas Hale</a>, then Tomas Hales. The <a href=\"/organization/council/\" class=\"profile-link\">Council</a>&#39;s view.</p>",
                NameLinker.link(html, people));
        assertEquals("<p>Nobody here.</p>", NameLinker.link("<p>Nobody here.</p>", people));
        assertEquals(
                "<p>Tomas Hales, 2Tomas Hale, Tomas Hale2, Tomas Haleé and <a href=\"/person/tomas-hale/\" class=\"profile-link\">"
                        + "Tomas Hale</a>; the <a href=\"/organization/council/\" class=\"profile-link\">Council</a>.</p>",
                NameLinker.link(
                        "<p>Tomas Hales, 2Tomas Hale, Tomas Hale2, Tomas Haleé and Tomas Hale; the Council.</p>",
                        people),
                "only whole words: not inside a longer word or number, in any script");
    }
}
