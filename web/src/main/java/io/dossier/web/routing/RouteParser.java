package io.dossier.web.routing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns a request path (and the search query) into a {@link Route}, a canonical redirect, or "not found". */
public final class RouteParser {

    /** The outcome of parsing. */
    public sealed interface Result {}

    public record Found(Route route) implements Result {}

    /** The same content lives at {@code location} (301). */
    public record Moved(String location) implements Result {}

    public record NotFound() implements Result {}

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_.~%-]+");
    private static final Pattern FEED_NAME = Pattern.compile("[a-z0-9-]{1,32}");
    /** WordPress's {@code ?feed=} values and the format names they mean here. */
    private static final Map<String, String> WORDPRESS_FEEDS =
            Map.of("rss2", "", "rss", "", "feed", "", "atom", "atom", "json", "json");

    private RouteParser() {}

    /**
     * @param path    the path inside the application, starting with "/", still URL-encoded
     * @param query   the raw query string or null (kept on redirects)
     * @param search  the {@code s} parameter or null
     */
    public static Result parse(String path, String query, String search) {
        return parse(path, query, search, null);
    }

    /**
     * @param feed the {@code feed} parameter ({@code /?feed=rss2}) or null
     */
    public static Result parse(String path, String query, String search, String feed) {
        if (path.isEmpty()) {
            path = "/";
        }
        if (!path.endsWith("/")) {
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (last.contains(".")) {
                return new NotFound(); // a file we do not have
            }
            return new Moved(path + "/" + (query == null ? "" : "?" + query));
        }
        List<String> segments = new ArrayList<>();
        for (String raw : path.split("/")) {
            if (!raw.isEmpty()) {
                String segment = URLDecoder.decode(raw, StandardCharsets.UTF_8);
                if (!SEGMENT.matcher(raw).matches() || segment.contains("/")) {
                    return new NotFound();
                }
                segments.add(segment);
            }
        }

        String feedFormat = null;
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).equals("feed")) {
            feedFormat = "";
            segments = segments.subList(0, last);
        } else if (last >= 1
                && segments.get(last - 1).equals("feed")
                && FEED_NAME.matcher(segments.get(last)).matches()) {
            feedFormat = WORDPRESS_FEEDS.getOrDefault(segments.get(last), segments.get(last));
            segments = segments.subList(0, last - 1);
        } else if (feed != null && segments.isEmpty()) {
            feedFormat = WORDPRESS_FEEDS.getOrDefault(feed, feed);
        }
        if (feedFormat != null) {
            if (segments.size() == 2
                    && (segments.get(0).equals("person") || segments.get(0).equals("organization"))) {
                return new Found(
                        new Route.Feed(new Route.ProfileArchive(segments.get(0), segments.get(1), 1), feedFormat));
            }
            Result listing = parse(segments, query, search);
            return listing instanceof Found found && found.route() instanceof Route.Listing list && list.page() == 1
                    ? new Found(new Route.Feed(list, feedFormat))
                    : new NotFound();
        }
        return parse(segments, query, search);
    }

    private static Result parse(List<String> segments, String query, String search) {
        int page = 1;
        int n = segments.size();
        if (n >= 2 && segments.get(n - 2).equals("page")) {
            if (!NUMBER.matcher(segments.get(n - 1)).matches()) {
                return new NotFound();
            }
            page = Integer.parseInt(segments.get(n - 1));
            segments = segments.subList(0, n - 2);
            if (page < 1) {
                return new NotFound();
            }
            if (page == 1) {
                String base = "/" + String.join("/", segments) + (segments.isEmpty() ? "" : "/");
                return new Moved(base + (query == null ? "" : "?" + query));
            }
        }

        if (search != null && segments.isEmpty()) {
            return new Found(new Route.Search(search.strip(), page));
        }
        if (segments.isEmpty()) {
            return new Found(new Route.Home(page));
        }
        String first = segments.getFirst();
        List<String> rest = segments.subList(1, segments.size());
        switch (first) {
            case "category":
                return rest.isEmpty() ? new NotFound() : new Found(new Route.CategoryArchive(List.copyOf(rest), page));
            case "tag":
                return rest.size() != 1 ? new NotFound() : new Found(new Route.TagArchive(rest.getFirst(), page));
            case "author":
                return rest.size() != 1 ? new NotFound() : new Found(new Route.AuthorArchive(rest.getFirst(), page));
            case "page":
                return new NotFound();
            default:
                break;
        }
        if (YEAR.matcher(first).matches()) {
            return dated(segments, page);
        }
        if (page > 1) {
            return new Found(
                    new Route.PluginPath(List.copyOf(segments), page)); // pages are not paginated; plugin pages may be
        }
        return new Found(new Route.SinglePage(String.join("/", segments)));
    }

    private static Result dated(List<String> segments, int page) {
        int year = Integer.parseInt(segments.getFirst());
        try {
            return switch (segments.size()) {
                case 1 -> new Found(new Route.DateArchive(year, null, null, page));
                case 2 ->
                    month(segments.get(1)) == null
                            ? new NotFound()
                            : new Found(new Route.DateArchive(year, month(segments.get(1)), null, page));
                case 3 -> {
                    LocalDate date = date(year, segments.get(1), segments.get(2));
                    yield date == null
                            ? new NotFound()
                            : new Found(new Route.DateArchive(year, date.getMonthValue(), date.getDayOfMonth(), page));
                }
                case 4 -> {
                    LocalDate date = date(year, segments.get(1), segments.get(2));
                    yield date == null || page > 1
                            ? new NotFound()
                            : new Found(new Route.SinglePost(date, segments.get(3)));
                }
                default -> new NotFound();
            };
        } catch (DateTimeException e) {
            return new NotFound();
        }
    }

    private static Integer month(String s) {
        if (!TWO_DIGITS.matcher(s).matches()) {
            return null;
        }
        int month = Integer.parseInt(s);
        return month >= 1 && month <= 12 ? month : null;
    }

    private static LocalDate date(int year, String month, String day) {
        Integer m = month(month);
        if (m == null || !TWO_DIGITS.matcher(day).matches()) {
            return null;
        }
        return LocalDate.of(year, m, Integer.parseInt(day));
    }
}
