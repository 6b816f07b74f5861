package io.dossier.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one row of site-wide settings (id 1, created by the first migration). */
@Entity
@Table(name = "site_settings")
public class SiteSettings {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String title;

    private String tagline;

    @Column(name = "posts_per_page", nullable = false)
    private int postsPerPage;

    @Column(name = "feed_items", nullable = false)
    private int feedItems = 10;

    @Column(name = "websub_hub")
    private String websubHub;

    @Column(name = "robots_txt")
    private String robotsTxt;

    @Column(name = "footer_text")
    private String footerText;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "base_url")
    private String baseUrl;

    @Column(name = "host_aliases")
    private String hostAliases;

    @Column(name = "signing_key")
    private String signingKey;

    @Column(name = "installed_at")
    private Instant installedAt;

    public Long getId() {
        return id;
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

    public String getSigningKey() {
        return signingKey;
    }

    public Instant getInstalledAt() {
        return installedAt;
    }

    public void setInstalledAt(Instant installedAt) {
        this.installedAt = installedAt;
    }
}
