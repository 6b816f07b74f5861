package io.dossier.core.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A dated entry: filed under categories, tagged, credited to people. */
@Entity
@Table(name = "post")
public class Post extends Content {

    @ManyToMany
    @JoinTable(
            name = "post_category",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<Category> categories = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "primary_category_id")
    private Category primaryCategory;

    @ManyToMany
    @JoinTable(
            name = "post_tag",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    @OneToMany(mappedBy = "post", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Credit> credits = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "featured_media_id")
    private Media featuredMedia;

    @Column(nullable = false)
    private boolean sticky;

    /** Search and social overrides; null: derived from the post. */
    @Column(name = "seo_title")
    private String seoTitle;

    @Column(name = "seo_description")
    private String seoDescription;

    @Column(name = "canonical_url")
    private String canonicalUrl;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "social_media_id")
    private Media socialMedia;

    /** Files the post under a category; the first one becomes the primary category. */
    public void fileUnder(Category category) {
        categories.add(category);
        if (primaryCategory == null) {
            primaryCategory = category;
        }
    }

    public void tag(Tag tag) {
        tags.add(tag);
    }

    /** Replaces the categories; the first becomes the primary one. */
    public void refile(List<Category> newCategories) {
        categories.clear();
        primaryCategory = null;
        newCategories.forEach(this::fileUnder);
    }

    public void retag(List<Tag> newTags) {
        tags.clear();
        tags.addAll(newTags);
    }

    /** Empties the byline (orphan removal deletes the rows). */
    public void clearCredits() {
        credits.clear();
    }

    /** Appends a person to the byline. */
    public Credit credit(Person person, String role) {
        Credit credit = new Credit(this, person, role, credits.size());
        credits.add(credit);
        return credit;
    }

    public Set<Category> getCategories() {
        return categories;
    }

    public Category getPrimaryCategory() {
        return primaryCategory;
    }

    public void setPrimaryCategory(Category primaryCategory) {
        this.primaryCategory = primaryCategory;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    public List<Credit> getCredits() {
        return credits;
    }

    public String getSeoTitle() {
        return seoTitle;
    }

    public void setSeoTitle(String seoTitle) {
        this.seoTitle = seoTitle;
    }

    public String getSeoDescription() {
        return seoDescription;
    }

    public void setSeoDescription(String seoDescription) {
        this.seoDescription = seoDescription;
    }

    public String getCanonicalUrl() {
        return canonicalUrl;
    }

    public void setCanonicalUrl(String canonicalUrl) {
        this.canonicalUrl = canonicalUrl;
    }

    public Media getSocialMedia() {
        return socialMedia;
    }

    public void setSocialMedia(Media socialMedia) {
        this.socialMedia = socialMedia;
    }

    public Media getFeaturedMedia() {
        return featuredMedia;
    }

    public void setFeaturedMedia(Media featuredMedia) {
        this.featuredMedia = featuredMedia;
    }

    public boolean isSticky() {
        return sticky;
    }

    public void setSticky(boolean sticky) {
        this.sticky = sticky;
    }
}
