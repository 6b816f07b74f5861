package io.dossier.web.rest.wordpress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** {@code /wp-json/wp/v2/categories} and {@code /tags}: terms by name (or those of the slugs asked for), with their public post counts. */
@Path("wp/v2")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WpTermsResource extends WpResource {

    @GET
    @Path("categories")
    public Response categories(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("per_page") @DefaultValue("10") int perPage,
            @QueryParam("slug") List<String> slug,
            @QueryParam("slug[]") List<String> slugs) {
        WpPaging.check(page, perPage);
        return WpPaging.list(api.categories(page, perPage, slugs(slug, slugs)), json()::category, uri);
    }

    @GET
    @Path("tags")
    public Response tags(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("per_page") @DefaultValue("10") int perPage,
            @QueryParam("slug") List<String> slug,
            @QueryParam("slug[]") List<String> slugs) {
        WpPaging.check(page, perPage);
        return WpPaging.list(api.tags(page, perPage, slugs(slug, slugs)), json()::tag, uri);
    }

    /**
     * WordPress's {@code slug}: one, several comma-separated, or repeated as {@code slug[]}; terms whose
     * slug is any of them (none: every term). Slugs are kept decoded, as the query string gives them.
     */
    static List<String> slugs(List<String> slug, List<String> slugArray) {
        return Stream.concat(slug.stream(), slugArray.stream())
                .flatMap(s -> Arrays.stream(s.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .limit(100)
                .toList();
    }
}
