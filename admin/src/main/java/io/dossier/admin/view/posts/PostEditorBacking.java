package io.dossier.admin.view.posts;

import io.dossier.admin.view.Feedback;
import io.dossier.admin.view.Navigation;
import io.dossier.admin.view.frame.FormatBacking;
import io.dossier.admin.view.media.MediaPicker;
import io.dossier.core.media.MediaLibrary;
import io.dossier.core.query.Choice;
import io.dossier.core.query.EditorialQueries;
import io.dossier.core.query.RevisionRow;
import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.PostEditing;
import io.dossier.core.service.PostForm;
import io.dossier.core.service.PostRevisions;
import io.dossier.core.support.EditConflictException;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.vocabulary.ContentStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The post editor. It holds the form and the version it was opened at; saving against a newer
 * version stops with a conflict the editor resolves by reloading, so nothing is overwritten.
 */
@Named("editor")
@ViewScoped
public class PostEditorBacking implements Serializable {

    private static final int SUGGESTIONS = 10;

    @Inject
    PostEditing editing;

    @Inject
    EditorialQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    @Inject
    FormatBacking format;

    @Inject
    MediaLibrary media;

    @Inject
    MediaPicker picker;

    @Inject
    PostRevisions revisions;

    @Inject
    AutosaveInterval autosaveInterval;

    private Long id;
    private PostForm form;
    private boolean htmlSource;
    private boolean conflict;
    /** Library images this editor has shown (featured, social card), by id: looked up once each. */
    private final Map<Long, MediaLibrary.Item> images = new HashMap<>();
    /**
     * The content as the browser's editor sent it right after opening, then after each save or
     * autosave: an autosave happens only when the user changed something since. Taken from the
     * browser, not the database, because the rich-text editor may normalise the stored HTML.
     */
    private Integer keptContent;

    private String autosaveStatus;
    private RevisionRow newerAutosave;

    /** f:viewAction: opens the post named by ?id=, or a new draft. */
    public void open() {
        Actor actor = user.require();
        if (!feedback.attempt(null, () -> form = id == null ? editing.blank(actor) : editing.load(actor, id))) {
            form = null;
            return;
        }
        keptContent = null;
        newerAutosave = form.isNew()
                ? null
                : revisions.newerAutosave(actor, form.getId()).orElse(null);
    }

    /**
     * p:poll: keeps the title, excerpt and text typed since the last save as this user's autosave,
     * beside the post; the post itself changes only when saved.
     */
    public void autosave() {
        if (form == null || form.isNew() || keptContent == null || contentHash() == keptContent) {
            return;
        }
        try {
            Instant at = revisions.autosave(
                    user.require(), form.getId(), form.getTitle(), form.getExcerpt(), form.getBody());
            keptContent = contentHash();
            autosaveStatus = "Autosaved at " + format.preciseTime(at) + ".";
        } catch (RuntimeException refused) {
            autosaveStatus = "Not autosaved: " + refused.getMessage();
        }
    }

    /** p:poll, once, a second after opening: what the unchanged editor sends. */
    public void takeBaseline() {
        if (form != null && keptContent == null) {
            keptContent = contentHash();
        }
    }

    private int contentHash() {
        return Objects.hash(form.getTitle(), form.getExcerpt(), form.getBody());
    }

    public void save() throws IOException {
        boolean created = form.isNew();
        try {
            int sent = contentHash();
            // The form comes back as stored: the text as sanitized, tags and byline as kept, the new version.
            long saved = editing.save(user.require(), form).id();
            keptContent = sent; // what the browser's editor holds now
            newerAutosave = null;
            autosaveStatus = null;
            id = saved;
            conflict = false;
            feedback.info(
                    switch (form.getStatus()) {
                        case PUBLISHED -> "Post published.";
                        case SCHEDULED -> "Post scheduled.";
                        case PENDING -> "Post submitted for review.";
                        default -> "Post saved.";
                    });
            if (created) {
                Navigation.redirectTo("/admin/post?id=" + saved);
            }
        } catch (InvalidInputException invalid) {
            feedback.fieldError("editor:" + invalid.field(), invalid.getMessage());
        } catch (EditConflictException e) {
            conflictDetected();
        } catch (RuntimeException refused) {
            feedback.attempt(null, () -> {
                throw refused;
            });
        }
    }

    /** Discards this editor's changes and opens the version saved last. */
    public void reload() {
        conflict = false;
        open();
        feedback.info("Loaded the latest version.");
    }

    public void trash() throws IOException {
        if (feedback.attempt(null, () -> editing.trash(user.require(), form.getId()))) {
            Navigation.redirectTo("/admin/posts");
        }
    }

    private void conflictDetected() {
        conflict = true;
        feedback.error("Someone else saved this post while you were editing it. Your changes were not saved. "
                + "Copy what you need, then reload the latest version.");
    }

    public void addCredit() {
        form.getCredits().add(new PostForm.CreditLine());
    }

    public void removeCredit(PostForm.CreditLine line) {
        form.getCredits().remove(line);
    }

    /** Makes the image the post's featured image (saved with the post). */
    public void feature(MediaLibrary.Item item) {
        form.setFeaturedMediaId(item.id());
        images.put(item.id(), item);
        picker.hide();
    }

    public void removeFeatured() {
        form.setFeaturedMediaId(null);
    }

    /** Makes the image the one social networks show for the post (instead of the featured image). */
    public void useForSocial(MediaLibrary.Item item) {
        form.setSocialMediaId(item.id());
        images.put(item.id(), item);
        picker.hide();
    }

    public void removeSocialImage() {
        form.setSocialMediaId(null);
    }

    /** The social-card image as the library describes it, or null. */
    public MediaLibrary.Item getSocialImage() {
        return described(form == null ? null : form.getSocialMediaId());
    }

    /** Appends the image, with its alt text, size and caption, to the text; the editor can move it from there. */
    public void insert(MediaLibrary.Item item) {
        String body = form.getBody() == null ? "" : form.getBody();
        form.setBody(body + Figures.html(item));
        picker.hide();
    }

    /** The featured image as the library describes it, or null. */
    public MediaLibrary.Item getFeatured() {
        return described(form == null ? null : form.getFeaturedMediaId());
    }

    private MediaLibrary.Item described(Long mediaId) {
        return mediaId == null
                ? null
                : images.computeIfAbsent(mediaId, id -> media.item(id).orElse(null));
    }

    /** Tag suggestions: what the user typed (a new tag if none matches) followed by existing tags. */
    public List<String> completeTag(String typed) {
        List<String> names = new ArrayList<>(queries.tagNames(typed, SUGGESTIONS));
        String t = typed == null ? "" : typed.strip();
        if (!t.isEmpty() && names.stream().noneMatch(n -> n.equalsIgnoreCase(t))) {
            names.addFirst(t);
        }
        return names;
    }

    /** The statuses this user may choose, labelled as WordPress labels them. */
    public Map<String, ContentStatus> getStatuses() {
        Map<String, ContentStatus> statuses = new LinkedHashMap<>();
        statuses.put("Draft", ContentStatus.DRAFT);
        statuses.put("Pending review", ContentStatus.PENDING);
        if (user.require().can(Capability.PUBLISH_POSTS)) {
            statuses.put("Published", ContentStatus.PUBLISHED);
            if (form != null && form.getStatus() == ContentStatus.SCHEDULED) {
                statuses.put("Scheduled", ContentStatus.SCHEDULED);
            }
            statuses.put("Private", ContentStatus.PRIVATE);
        }
        return statuses;
    }

    public List<Choice> getCategories() {
        return queries.categories();
    }

    public List<Choice> getPeople() {
        return queries.people();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PostForm getForm() {
        return form;
    }

    public boolean isHtmlSource() {
        return htmlSource;
    }

    public void setHtmlSource(boolean htmlSource) {
        this.htmlSource = htmlSource;
    }

    public boolean isConflict() {
        return conflict;
    }

    public MediaPicker getPicker() {
        return picker;
    }

    public int getAutosaveSeconds() {
        return autosaveInterval.seconds();
    }

    public String getAutosaveStatus() {
        return autosaveStatus;
    }

    public RevisionRow getNewerAutosave() {
        return newerAutosave;
    }
}
