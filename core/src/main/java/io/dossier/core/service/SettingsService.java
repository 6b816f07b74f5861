package io.dossier.core.service;

import io.dossier.core.event.SettingsChanged;
import io.dossier.core.model.SiteSettings;
import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.support.FieldRules;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.url.SiteAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Site-wide settings. */
@ApplicationScoped
@Transactional
public class SettingsService {

    /** The editable settings. */
    public record Settings(
            String title,
            String tagline,
            int postsPerPage,
            String footerText,
            String timeZone,
            int feedItems,
            String robotsTxt,
            String websubHub) {

        public Settings withFeedItems(int count) {
            return new Settings(title, tagline, postsPerPage, footerText, timeZone, count, robotsTxt, websubHub);
        }

        public Settings withRobotsTxt(String text) {
            return new Settings(title, tagline, postsPerPage, footerText, timeZone, feedItems, text, websubHub);
        }

        public Settings withWebsubHub(String hub) {
            return new Settings(title, tagline, postsPerPage, footerText, timeZone, feedItems, robotsTxt, hub);
        }
    }

    /**
     * Where the site lives: its canonical address ({@code https://example.org}) and other host names
     * readers may use, which are redirected there (one per line or comma-separated).
     */
    public record Address(String baseUrl, String hostAliases) {}

    private EntityManager em;
    private Event<SettingsChanged> changes;

    protected SettingsService() {}

    @Inject
    public SettingsService(EntityManager em, Event<SettingsChanged> changes) {
        this.em = em;
        this.changes = changes;
    }

    /** Changes the settings on behalf of an administrator. */
    public void update(Actor actor, Settings settings) {
        actor.require(Capability.MANAGE_OPTIONS, "change the site's settings");
        update(settings);
    }

    /** Changes the settings (first start and import; people go through the Actor overload). */
    public void update(Settings settings) {
        if (settings.title() == null || settings.title().isBlank()) {
            throw new InvalidInputException("title", "The site needs a title");
        }
        if (settings.postsPerPage() < 1 || settings.postsPerPage() > 100) {
            throw new InvalidInputException("postsPerPage", "Posts per page must be between 1 and 100");
        }
        if (settings.robotsTxt() != null && settings.robotsTxt().length() > 10_000) {
            throw new InvalidInputException("robotsTxt", "robots.txt may have at most 10,000 characters");
        }
        FieldRules.limited("title", settings.title(), FieldRules.SITE_TITLE);
        FieldRules.limited("tagline", settings.tagline(), FieldRules.TAGLINE);
        FieldRules.limited("footerText", settings.footerText(), FieldRules.FOOTER);
        String hub = FieldRules.webAddress(
                "websubHub", settings.websubHub(), "The WebSub hub must be a web address (https://…)");
        if (settings.feedItems() < 1 || settings.feedItems() > 100) {
            throw new InvalidInputException("feedItems", "Feeds show between 1 and 100 posts");
        }
        try {
            ZoneId.of(settings.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidInputException("timeZone", "Unknown time zone: " + settings.timeZone());
        }
        SiteSettings s = em.find(SiteSettings.class, SiteSettings.ID);
        s.setTitle(settings.title().strip());
        s.setTagline(settings.tagline());
        s.setPostsPerPage(settings.postsPerPage());
        s.setFooterText(settings.footerText());
        s.setTimeZone(settings.timeZone());
        s.setFeedItems(settings.feedItems());
        s.setWebsubHub(hub);
        s.setRobotsTxt(
                settings.robotsTxt() == null || settings.robotsTxt().isBlank()
                        ? null
                        : settings.robotsTxt().strip());
        changes.fire(new SettingsChanged());
    }

    /**
     * Changes the settings and the site's address together (the settings screen), all or nothing.
     * A null part of {@code address} is left as it is (set by the environment instead); an empty one clears it.
     */
    public void update(Actor actor, Settings settings, Address address) {
        actor.require(Capability.MANAGE_OPTIONS, "change the site's settings");
        String base = address.baseUrl() == null ? null : baseUrl(address.baseUrl());
        String aliases = address.hostAliases() == null ? null : aliases(address.hostAliases());
        update(settings);
        SiteSettings s = em.find(SiteSettings.class, SiteSettings.ID);
        if (address.baseUrl() != null) {
            s.setBaseUrl(base);
        }
        if (address.hostAliases() != null) {
            s.setHostAliases(aliases);
        }
    }

    /** An owner's address as saved: normalised, or null for none. */
    private static String baseUrl(String text) {
        return text.isBlank()
                ? null
                : SiteAddress.parse(text)
                        .map(SiteAddress::origin)
                        .orElseThrow(
                                () -> new InvalidInputException(
                                        "baseUrl",
                                        "The site's address must be an http:// or https:// address without ? or #, such as https://example.org"));
    }

    /** The address as stored, for the settings screen. */
    public Address currentAddress(Actor actor) {
        actor.require(Capability.MANAGE_OPTIONS, "change the site's settings");
        SiteSettings s = em.find(SiteSettings.class, SiteSettings.ID);
        return new Address(s.getBaseUrl(), s.getHostAliases());
    }

    /**
     * Saves {@code origin} as the site's address unless one is saved already (one statement, so two
     * first requests at once cannot both win); whether it was saved.
     */
    public boolean proposeBaseUrl(String origin) {
        int updated = em.createQuery(
                        "update SiteSettings s set s.baseUrl = :url where s.id = :id and s.baseUrl is null")
                .setParameter("url", origin)
                .setParameter("id", SiteSettings.ID)
                .executeUpdate();
        if (updated > 0) {
            changes.fire(new SettingsChanged());
        }
        return updated > 0;
    }

    /** Host names, each {@code name} or {@code name:port}, one per line; null when there are none. */
    private static String aliases(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String alias : text.strip().split("[,\\s]+")) {
            SiteAddress.HostHeader host = SiteAddress.HostHeader.parse(alias)
                    .orElseThrow(() -> new InvalidInputException("hostAliases", "Not a host name: " + alias));
            names.add(host.port() < 0 ? host.name() : host.name() + ":" + host.port());
        }
        String joined = String.join("\n", names);
        if (joined.length() > 1000) {
            throw new InvalidInputException("hostAliases", "The other host names may have at most 1,000 characters");
        }
        return joined;
    }

    /** The settings as stored, for the settings screen: the footer keeps its "{year}" placeholder. */
    public Settings current(Actor actor) {
        actor.require(Capability.MANAGE_OPTIONS, "change the site's settings");
        SiteSettings s = em.find(SiteSettings.class, SiteSettings.ID);
        return new Settings(
                s.getTitle(),
                s.getTagline(),
                s.getPostsPerPage(),
                s.getFooterText(),
                s.getTimeZone(),
                s.getFeedItems(),
                s.getRobotsTxt(),
                s.getWebsubHub());
    }

    /** Whether first-start work (demo content or nothing) has been done on this database. */
    public boolean isInstalled() {
        return em.find(SiteSettings.class, SiteSettings.ID).getInstalledAt() != null;
    }

    public void markInstalled() {
        em.find(SiteSettings.class, SiteSettings.ID).setInstalledAt(Instant.now());
    }
}
