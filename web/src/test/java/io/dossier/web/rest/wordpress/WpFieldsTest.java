package io.dossier.web.rest.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WpFieldsTest {

    private static final JsonObject POST =
            Json.createReader(new StringReader("""
            {"id": 7, "title": {"rendered": "T", "raw": "t"}, "tags": [1, 2],
             "_links": {"self": [{"href": "s"}], "author": [{"href": "a"}]}}""")).readObject();

    private static JsonObject cut(String... fields) {
        return WpFields.of(Map.of("_fields", List.of(fields))).apply(POST);
    }

    @Test
    void onlyTheNamedFieldsNestedOnesByDots() {
        assertEquals(POST, WpFields.of(Map.of()).apply(POST), "no _fields: everything");
        assertEquals(
                Json.createObjectBuilder()
                        .add("id", 7)
                        .add("tags", Json.createArrayBuilder().add(1).add(2))
                        .build(),
                cut("id,tags"));
        assertEquals(
                Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("rendered", "T"))
                        .build(),
                cut("title.rendered"));
        assertEquals(POST.getJsonObject("title"), cut("title.rendered", "title").getJsonObject("title"), "whole wins");
        assertEquals(
                Json.createObjectBuilder()
                        .add(
                                "_links",
                                Json.createObjectBuilder()
                                        .add(
                                                "self",
                                                POST.getJsonObject("_links").get("self")))
                        .build(),
                cut("_links.self,nothing"));
    }
}
