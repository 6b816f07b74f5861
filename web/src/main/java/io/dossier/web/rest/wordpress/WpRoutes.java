package io.dossier.web.rest.wordpress;

import java.util.ArrayList;
import java.util.List;

/**
 * The routes this API answers, with the arguments each takes, as WordPress describes its own in
 * the {@code /wp-json/} index: clients that discover the API (node-wpapi, for one) build their
 * request methods from this list, so it names only what the resources really accept.
 */
final class WpRoutes {

    private WpRoutes() {}

    /**
     * One argument of a route, in WordPress's JSON-schema subset: {@code type} integer, boolean,
     * string or array (of {@code items}: integer or string), a default, bounds, allowed values.
     */
    record Arg(
            String name,
            String type,
            String items,
            String description,
            Object byDefault,
            Integer minimum,
            Integer maximum,
            List<String> choices,
            String format) {

        static Arg text(String name, String description) {
            return new Arg(name, "string", null, description, null, null, null, List.of(), null);
        }

        static Arg integer(String name, String description) {
            return new Arg(name, "integer", null, description, null, null, null, List.of(), null);
        }

        static Arg flag(String name, String description, Boolean byDefault) {
            return new Arg(name, "boolean", null, description, byDefault, null, null, List.of(), null);
        }

        static Arg ids(String name, String description) {
            return new Arg(name, "array", "integer", description, null, null, null, List.of(), null);
        }

        static Arg texts(String name, String description) {
            return new Arg(name, "array", "string", description, null, null, null, List.of(), null);
        }

        /** An ISO 8601 date and time, with or without an offset (without: the site's time zone). */
        static Arg dateTime(String name, String description) {
            return new Arg(name, "string", null, description, null, null, null, List.of(), "date-time");
        }

        static Arg choice(String name, String description, String byDefault, String... choices) {
            return new Arg(name, "string", null, description, byDefault, null, null, List.of(choices), null);
        }
    }

    /** A route: its path as a WordPress pattern ({@code (?P<id>[\d]+)}), namespace and GET arguments. */
    record Route(String path, String namespace, List<Arg> args) {

        /** Whether the path has no placeholder, so the index links to it. */
        boolean concrete() {
            return !path.contains("(?P<");
        }
    }

    static final String NAMESPACE = "wp/v2";

    static final Arg CONTEXT = Arg.choice(
            "context",
            "Scope under which the request is made; determines fields present in response.",
            "view",
            "view",
            "embed");
    static final Arg PAGE =
            new Arg("page", "integer", null, "Current page of the collection.", 1, 1, null, List.of(), null);
    static final Arg PER_PAGE = new Arg(
            "per_page",
            "integer",
            null,
            "Maximum number of items to be returned in result set.",
            10,
            1,
            WpPaging.MAX_PER_PAGE,
            List.of(),
            null);
    static final Arg SEARCH = Arg.text("search", "Limit results to those matching a string.");
    static final Arg SLUG = Arg.texts("slug", "Limit result set to items with one or more specific slugs.");
    static final Arg ID = Arg.integer("id", "Unique identifier for the object.");
    static final Arg OFFSET = Arg.integer("offset", "Offset the result set by a specific number of items.");
    static final Arg INCLUDE = Arg.ids("include", "Limit result set to specific IDs.");
    static final Arg EXCLUDE = Arg.ids("exclude", "Ensure result set excludes specific IDs.");
    static final Arg ORDER = Arg.choice("order", "Order sort attribute ascending or descending.", "asc", "asc", "desc");
    static final Arg TERM_ORDERBY = Arg.choice(
            "orderby",
            "Sort collection by term attribute.",
            "name",
            "id",
            "include",
            "name",
            "slug",
            "include_slugs",
            "term_group",
            "description",
            "count");
    static final Arg HIDE_EMPTY = Arg.flag("hide_empty", "Whether to hide terms not assigned to any posts.", false);
    static final Arg TERM_POST = Arg.integer("post", "Limit result set to terms assigned to a specific post.");
    static final Arg TERM_PARENT = Arg.integer("parent", "Limit result set to terms assigned to a specific parent.");

    /** The arguments of a terms collection; categories also take {@code parent}. */
    private static List<Arg> terms(boolean hierarchical) {
        List<Arg> args = new ArrayList<>(
                List.of(CONTEXT, PAGE, PER_PAGE, SEARCH, EXCLUDE, INCLUDE, OFFSET, ORDER, TERM_ORDERBY, HIDE_EMPTY));
        if (hierarchical) {
            args.add(TERM_PARENT);
        }
        args.addAll(List.of(TERM_POST, SLUG));
        return List.copyOf(args);
    }

    static final List<Arg> POSTS = List.of(
            CONTEXT,
            PAGE,
            PER_PAGE,
            SEARCH,
            Arg.dateTime("after", "Limit response to posts published after a given ISO8601 compliant date."),
            Arg.dateTime("modified_after", "Limit response to posts modified after a given ISO8601 compliant date."),
            Arg.ids("author", "Limit result set to posts assigned to specific authors."),
            Arg.ids("author_exclude", "Ensure result set excludes posts assigned to specific authors."),
            Arg.dateTime("before", "Limit response to posts published before a given ISO8601 compliant date."),
            Arg.dateTime("modified_before", "Limit response to posts modified before a given ISO8601 compliant date."),
            EXCLUDE,
            INCLUDE,
            OFFSET,
            Arg.choice("order", "Order sort attribute ascending or descending.", "desc", "asc", "desc"),
            Arg.choice(
                    "orderby",
                    "Sort collection by post attribute.",
                    "date",
                    "author",
                    "date",
                    "id",
                    "include",
                    "modified",
                    "relevance",
                    "slug",
                    "include_slugs",
                    "title"),
            SLUG,
            Arg.ids("categories", "Limit result set to items with specific terms assigned in the categories taxonomy."),
            Arg.ids(
                    "categories_exclude",
                    "Limit result set to items except those with specific terms assigned in the categories taxonomy."),
            Arg.ids("tags", "Limit result set to items with specific terms assigned in the tags taxonomy."),
            Arg.ids(
                    "tags_exclude",
                    "Limit result set to items except those with specific terms assigned in the tags taxonomy."),
            Arg.flag("sticky", "Limit result set to items that are sticky.", null));
    static final List<Arg> SEARCH_ROUTE = List.of(
            CONTEXT,
            PAGE,
            PER_PAGE,
            SEARCH,
            Arg.choice("type", "Limit results to items of an object type.", "post", "post", "term"),
            new Arg(
                    "subtype",
                    "array",
                    "string",
                    "Limit results to items of one or more object subtypes.",
                    "any",
                    null,
                    null,
                    List.of("any", "post", "page", "category", "post_tag"),
                    null));
    static final List<Arg> PAGES = List.of(
            CONTEXT,
            PAGE,
            PER_PAGE,
            SEARCH,
            Arg.dateTime("after", "Limit response to posts published after a given ISO8601 compliant date."),
            Arg.dateTime("modified_after", "Limit response to posts modified after a given ISO8601 compliant date."),
            Arg.ids("author", "Limit result set to posts assigned to specific authors."),
            Arg.ids("author_exclude", "Ensure result set excludes posts assigned to specific authors."),
            Arg.dateTime("before", "Limit response to posts published before a given ISO8601 compliant date."),
            Arg.dateTime("modified_before", "Limit response to posts modified before a given ISO8601 compliant date."),
            EXCLUDE,
            INCLUDE,
            Arg.integer("menu_order", "Limit result set to posts with a specific menu_order value."),
            OFFSET,
            Arg.choice("order", "Order sort attribute ascending or descending.", "desc", "asc", "desc"),
            Arg.choice(
                    "orderby",
                    "Sort collection by post attribute.",
                    "date",
                    "author",
                    "date",
                    "id",
                    "include",
                    "modified",
                    "parent",
                    "relevance",
                    "slug",
                    "include_slugs",
                    "title",
                    "menu_order"),
            Arg.ids("parent", "Limit result set to items with particular parent IDs."),
            Arg.ids("parent_exclude", "Limit result set to all items except those of a particular parent ID."),
            SLUG);
    static final List<Arg> CATEGORIES = terms(true);
    static final List<Arg> TAGS = terms(false);
    static final List<Arg> USERS = List.of(CONTEXT, PAGE, PER_PAGE);

    static final List<Route> ALL = List.of(
            new Route("/", "", List.of(CONTEXT)),
            new Route("/" + NAMESPACE, NAMESPACE, List.of(CONTEXT)),
            new Route("/wp/v2/posts", NAMESPACE, POSTS),
            new Route("/wp/v2/posts/(?P<id>[\\d]+)", NAMESPACE, List.of(ID, CONTEXT)),
            new Route("/wp/v2/pages", NAMESPACE, PAGES),
            new Route("/wp/v2/pages/(?P<id>[\\d]+)", NAMESPACE, List.of(ID, CONTEXT)),
            new Route("/wp/v2/categories", NAMESPACE, CATEGORIES),
            new Route("/wp/v2/categories/(?P<id>[\\d]+)", NAMESPACE, List.of(ID, CONTEXT)),
            new Route("/wp/v2/tags", NAMESPACE, TAGS),
            new Route("/wp/v2/tags/(?P<id>[\\d]+)", NAMESPACE, List.of(ID, CONTEXT)),
            new Route("/wp/v2/users", NAMESPACE, USERS),
            new Route("/wp/v2/users/(?P<id>[\\d]+)", NAMESPACE, List.of(ID, CONTEXT)),
            new Route("/wp/v2/search", NAMESPACE, SEARCH_ROUTE),
            new Route("/wp/v2/types", NAMESPACE, List.of(CONTEXT)),
            new Route(
                    "/wp/v2/types/(?P<type>[\\w-]+)",
                    NAMESPACE,
                    List.of(Arg.text("type", "An alphanumeric identifier for the post type."), CONTEXT)),
            new Route(
                    "/wp/v2/taxonomies",
                    NAMESPACE,
                    List.of(
                            CONTEXT,
                            Arg.text("type", "Limit results to taxonomies associated with a specific post type."))),
            new Route(
                    "/wp/v2/taxonomies/(?P<taxonomy>[\\w-]+)",
                    NAMESPACE,
                    List.of(Arg.text("taxonomy", "An alphanumeric identifier for the taxonomy."), CONTEXT)),
            new Route("/wp/v2/statuses", NAMESPACE, List.of(CONTEXT)),
            new Route(
                    "/wp/v2/statuses/(?P<status>[\\w-]+)",
                    NAMESPACE,
                    List.of(Arg.text("status", "An alphanumeric identifier for the status."), CONTEXT)),
            new Route(
                    "/oembed/1.0/embed",
                    "oembed/1.0",
                    List.of(
                            Arg.text("url", "The URL of the resource for which to fetch oEmbed data."),
                            Arg.choice("format", "The oEmbed format to use.", "json", "json", "xml"))));

    /** The namespaces of {@link #ALL}, as the index lists them. */
    static List<String> namespaces() {
        return ALL.stream()
                .map(Route::namespace)
                .filter(n -> !n.isEmpty())
                .distinct()
                .sorted()
                .toList();
    }
}
