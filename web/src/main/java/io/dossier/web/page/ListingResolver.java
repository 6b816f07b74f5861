package io.dossier.web.page;

import io.dossier.core.query.ArchiveQueries;
import io.dossier.core.query.CategoryTree;
import io.dossier.core.query.Link;
import io.dossier.core.query.PeopleQueries;
import io.dossier.core.query.PostFilter;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.PersonKind;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * What a list URL (front page, category, tag, author, date, search) shows: which posts, under
 * which heading, or that it has moved or does not exist. Shared by the list pages and their feeds.
 */
@ApplicationScoped
public class ListingResolver {

    /** The outcome. */
    public sealed interface Resolution {}

    /**
     * The list exists: its posts' filter, heading (null on the front page), description, and the
     * profile its subject has (a tag that stands for a person), or null.
     */
    public record Resolved(PostFilter filter, String heading, String description, Link profile) implements Resolution {
        Resolved(PostFilter filter, String heading, String description) {
            this(filter, heading, description, null);
        }
    }

    /** The list lives at another base URL (a category's canonical path). */
    public record Moved(String base) implements Resolution {}

    public record Missing() implements Resolution {}

    @Inject
    ArchiveQueries archives;

    @Inject
    SiteQueries site;

    @Inject
    PeopleQueries people;

    @Inject
    CurrentUser user;

    public Resolution resolve(Route.Listing route) {
        return switch (route) {
            case Route.Home home -> new Resolved(new PostFilter.All(), null, null);
            case Route.CategoryArchive category -> category(category);
            case Route.TagArchive tag ->
                archives.tag(tag.slug())
                        .<Resolution>map(s -> new Resolved(
                                new PostFilter.WithTag(s.id()),
                                "Tag: " + s.name(),
                                s.description(),
                                people.profileOfTag(s.id()).orElse(null)))
                        .orElse(new Missing());
            case Route.ProfileArchive profile ->
                people.profile(
                                profile.kind().equals("organization") ? PersonKind.ORGANIZATION : PersonKind.PERSON,
                                profile.slug())
                        .<Resolution>map(p -> new Resolved(
                                new PostFilter.AboutPerson(p.id()),
                                p.name(),
                                p.roleTitle(),
                                new Link(p.name(), p.url())))
                        .orElse(new Missing());
            case Route.AuthorArchive author ->
                archives.author(author.slug())
                        .<Resolution>map(
                                s -> new Resolved(new PostFilter.ByAuthor(s.id()), "Author: " + s.name(), null))
                        .or(() -> user.actor()
                                .flatMap(staff -> archives.authorSlugOfLogin(author.slug()))
                                .map(slug -> new Moved(
                                        Permalinks.author(slug)))) // an old login address, followed by staff only
                        .orElse(new Missing());
            case Route.DateArchive date -> dated(date);
            case Route.Search search ->
                new Resolved(
                        new PostFilter.Matching(search.terms()), "Search results for “" + search.terms() + "”", null);
        };
    }

    private Resolution category(Route.CategoryArchive category) {
        CategoryTree tree = site.categories();
        return tree.bySlug(category.slugs().getLast())
                .<Resolution>map(node -> {
                    String url = tree.url(node.id());
                    return url.equals(category.base())
                            ? new Resolved(
                                    new PostFilter.InCategories(tree.selfAndDescendants(node.id())),
                                    "Category: " + node.name(),
                                    null)
                            : new Moved(url);
                })
                .orElse(new Missing());
    }

    private Resolution dated(Route.DateArchive date) {
        ZoneId zone = site.site().zone();
        LocalDate from;
        LocalDate until;
        String heading;
        if (date.day() != null) {
            from = LocalDate.of(date.year(), date.month(), date.day());
            until = from.plusDays(1);
            heading = "Day: " + monthName(date.month()) + " " + date.day() + ", " + date.year();
        } else if (date.month() != null) {
            from = LocalDate.of(date.year(), date.month(), 1);
            until = from.plusMonths(1);
            heading = "Month: " + monthName(date.month()) + " " + date.year();
        } else {
            from = LocalDate.of(date.year(), 1, 1);
            until = from.plusYears(1);
            heading = "Year: " + date.year();
        }
        return new Resolved(
                new PostFilter.PublishedBetween(
                        from.atStartOfDay(zone).toInstant(),
                        until.atStartOfDay(zone).toInstant()),
                heading,
                null);
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
