package io.dossier.web.rest.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A query string read as WordPress reads it against a route's schema. */
class WpArgsTest {

    private static WpArgs tags(Map<String, List<String>> query) {
        return WpArgs.read(WpRoutes.TAGS, query);
    }

    @Test
    void absentArgumentsTakeWordPressDefaults() {
        WpArgs args = tags(Map.of("unknown", List.of("ignored")));
        assertEquals(1, args.count("page"));
        assertEquals(10, args.count("per_page"));
        assertEquals("name", args.text("orderby"));
        assertEquals("asc", args.text("order"));
        assertFalse(args.flag("hide_empty"));
        assertNull(args.integer("post"));
        assertEquals(List.of(), args.ids("include"));
    }

    @Test
    void arraysComeCommaSeparatedOrRepeated() {
        WpArgs args = tags(Map.of(
                "include", List.of("3, 1", "3"),
                "exclude[]", List.of("7", "8"),
                "slug", List.of("vafc,tomas-hale")));
        assertEquals(List.of(3L, 1L), args.ids("include"), "in the order given, once each");
        assertEquals(List.of(7L, 8L), args.ids("exclude"));
        assertEquals(List.of("vafc", "tomas-hale"), args.texts("slug"));
        assertTrue(tags(Map.of("hide_empty", List.of("1"))).flag("hide_empty"));
        assertTrue(tags(Map.of("hide_empty", List.of("true"))).flag("hide_empty"));
    }

    @Test
    void everyRefusedArgumentIsNamedWithWordPresssCodeAndMessage() {
        WpError error = assertThrows(
                WpError.class,
                () -> tags(Map.of(
                        "per_page", List.of("500"),
                        "include", List.of("1,x"),
                        "orderby", List.of("popularity"),
                        "hide_empty", List.of("maybe"),
                        "page", List.of("0"))));
        assertEquals("rest_invalid_param", error.code);
        assertEquals(400, error.status);
        assertEquals(
                "Invalid parameter(s): page, per_page, include, orderby, hide_empty",
                error.getMessage(),
                "route order");
        assertEquals(
                new WpError.Invalid("rest_out_of_bounds", "per_page must be between 1 (inclusive) and 100 (inclusive)"),
                error.params.get("per_page"));
        assertEquals(
                new WpError.Invalid("rest_out_of_bounds", "page must be greater than or equal to 1"),
                error.params.get("page"));
        assertEquals(
                new WpError.Invalid("rest_invalid_type", "include[1] is not of type integer."),
                error.params.get("include"));
        assertEquals(
                new WpError.Invalid(
                        "rest_not_in_enum",
                        "orderby is not one of id, include, name, slug, include_slugs, term_group, description, and count."),
                error.params.get("orderby"));
        assertEquals(
                new WpError.Invalid("rest_invalid_type", "hide_empty is not of type boolean."),
                error.params.get("hide_empty"));
    }

    @Test
    void anOffsetPastJavasIntegersSkipsEverythingInsteadOfOverflowing() {
        assertEquals(
                Integer.MAX_VALUE,
                tags(Map.of("offset", List.of("99999999999"))).offset());
        assertEquals(0, tags(Map.of("offset", List.of("-5"))).offset());
        assertNull(tags(Map.of()).offset());
    }

    @Test
    void categoriesTakeAParentAndTagsDoNot() {
        assertEquals(
                0L,
                WpArgs.read(WpRoutes.CATEGORIES, Map.of("parent", List.of("0"))).integer("parent"));
        assertNull(tags(Map.of("parent", List.of("0"))).integer("parent"), "ignored, as WordPress ignores it");
    }
}
