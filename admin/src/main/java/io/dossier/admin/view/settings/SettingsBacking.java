package io.dossier.admin.view.settings;

import io.dossier.admin.view.Feedback;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.service.SettingsService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** Settings: title, tagline, the site's address and other host names, posts per page, feeds, robots.txt, footer text and time zone. */
@Named("settings")
@ViewScoped
public class SettingsBacking implements Serializable {

    @Inject
    SettingsService service;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    @Inject
    CanonicalAddress address;

    private boolean allowed;
    private String title;
    private String tagline;
    private int postsPerPage;
    private String footerText;
    private String timeZone;
    private int feedItems;
    private String robotsTxt;
    private String websubHub;
    private String baseUrl;
    private String hostAliases;
    private boolean baseUrlFixed;
    private boolean aliasesFixed;

    /** f:viewAction */
    public void load() {
        allowed = feedback.permits(Capability.MANAGE_OPTIONS, "change the site's settings");
        if (!allowed) {
            return;
        }
        SettingsService.Settings stored = service.current(user.require());
        title = stored.title();
        tagline = stored.tagline();
        postsPerPage = stored.postsPerPage();
        footerText = stored.footerText();
        timeZone = stored.timeZone();
        feedItems = stored.feedItems();
        robotsTxt = stored.robotsTxt();
        websubHub = stored.websubHub();
        SettingsService.Address where = service.currentAddress(user.require());
        baseUrlFixed = address.fixedByEnvironment();
        aliasesFixed = address.aliasesFixedByEnvironment();
        baseUrl = baseUrlFixed ? address.origin() : where.baseUrl();
        hostAliases = aliasesFixed ? String.join("\n", address.aliases()) : where.hostAliases();
    }

    public void save() {
        if (feedback.submit(
                "settings",
                () -> service.update(
                        user.require(),
                        new SettingsService.Settings(
                                title, tagline, postsPerPage, footerText, timeZone, feedItems, robotsTxt, websubHub),
                        new SettingsService.Address(
                                baseUrlFixed ? null : Objects.requireNonNullElse(baseUrl, ""),
                                aliasesFixed ? null : Objects.requireNonNullElse(hostAliases, ""))))) {
            feedback.info("Settings saved.");
        }
    }

    public List<String> getTimeZones() {
        return ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getHostAliases() {
        return hostAliases;
    }

    public void setHostAliases(String hostAliases) {
        this.hostAliases = hostAliases;
    }

    public boolean isBaseUrlFixed() {
        return baseUrlFixed;
    }

    public boolean isAliasesFixed() {
        return aliasesFixed;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }

    public int getPostsPerPage() {
        return postsPerPage;
    }

    public void setPostsPerPage(int postsPerPage) {
        this.postsPerPage = postsPerPage;
    }

    public String getWebsubHub() {
        return websubHub;
    }

    public void setWebsubHub(String websubHub) {
        this.websubHub = websubHub;
    }

    public String getRobotsTxt() {
        return robotsTxt;
    }

    public void setRobotsTxt(String robotsTxt) {
        this.robotsTxt = robotsTxt;
    }

    public int getFeedItems() {
        return feedItems;
    }

    public void setFeedItems(int feedItems) {
        this.feedItems = feedItems;
    }

    public String getFooterText() {
        return footerText;
    }

    public void setFooterText(String footerText) {
        this.footerText = footerText;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
