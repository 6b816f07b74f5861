package io.dossier.admin.view.settings;

import io.dossier.admin.view.Feedback;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.SettingsService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/** Settings: title, tagline, posts per page, footer text and time zone. */
@Named("settings")
@ViewScoped
public class SettingsBacking implements Serializable {

    @Inject
    SettingsService service;
    @Inject
    CurrentUser user;
    @Inject
    Feedback feedback;

    private boolean allowed;
    private String title;
    private String tagline;
    private int postsPerPage;
    private String footerText;
    private String timeZone;
    private int feedItems;
    private String robotsTxt;
    private String websubHub;

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
    }

    public void save() {
        if (feedback.submit("settings", () -> service.update(user.require(),
                new SettingsService.Settings(title, tagline, postsPerPage, footerText, timeZone, feedItems, robotsTxt, websubHub)))) {
            feedback.info("Settings saved.");
        }
    }

    public List<String> getTimeZones() {
        return ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }

    public boolean isAllowed() { return allowed; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTagline() { return tagline; }
    public void setTagline(String tagline) { this.tagline = tagline; }
    public int getPostsPerPage() { return postsPerPage; }
    public void setPostsPerPage(int postsPerPage) { this.postsPerPage = postsPerPage; }
    public String getWebsubHub() { return websubHub; }
    public void setWebsubHub(String websubHub) { this.websubHub = websubHub; }
    public String getRobotsTxt() { return robotsTxt; }
    public void setRobotsTxt(String robotsTxt) { this.robotsTxt = robotsTxt; }
    public int getFeedItems() { return feedItems; }
    public void setFeedItems(int feedItems) { this.feedItems = feedItems; }
    public String getFooterText() { return footerText; }
    public void setFooterText(String footerText) { this.footerText = footerText; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
}
