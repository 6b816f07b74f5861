package io.dossier.core.service;

import static io.dossier.core.security.Capability.ASSIGN_NEW_TAGS;
import static io.dossier.core.security.Capability.DELETE_POSTS;
import static io.dossier.core.security.Capability.EDIT_OTHERS_POSTS;
import static io.dossier.core.security.Capability.EDIT_POSTS;
import static io.dossier.core.security.Capability.PUBLISH_POSTS;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.Category;
import io.dossier.core.model.Person;
import io.dossier.core.model.Post;
import io.dossier.core.model.Tag;
import io.dossier.core.model.UserAccount;
import io.dossier.core.security.AccessDeniedException;
import io.dossier.core.security.Actor;
import io.dossier.core.support.EditConflictException;
import io.dossier.core.support.FieldRules;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.text.HtmlPolicy;
import io.dossier.core.text.Slugs;
import io.dossier.core.vocabulary.ContentKind;
import io.dossier.core.vocabulary.ContentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writing posts on behalf of a logged-in account, with WordPress's role rules: contributors keep
 * drafts and submit them for review, authors publish their own posts, editors and administrators
 * everyone's. Checked here, so the admin and the API cannot differ.
 */
@ApplicationScoped
@Transactional
public class PostEditing extends ServiceSupport {

    /** Statuses a role without PUBLISH_POSTS may choose. */
    private static final Set<ContentStatus> UNPUBLISHED = EnumSet.of(ContentStatus.DRAFT, ContentStatus.PENDING);

    private HtmlPolicy html;
    private TaxonomyService taxonomy;
    private PostService posts;

    protected PostEditing() {}

    @Inject
    public PostEditing(
            EntityManager em,
            Event<ContentChanged> changes,
            HtmlPolicy html,
            TaxonomyService taxonomy,
            PostService posts) {
        super(em, changes);
        this.html = html;
        this.taxonomy = taxonomy;
        this.posts = posts;
    }

    /** An empty draft by the actor. */
    public PostForm blank(Actor actor) {
        actor.require(EDIT_POSTS, "write posts");
        PostForm form = new PostForm();
        form.setAuthorName(require(UserAccount.class, actor.accountId()).getDisplayName());
        return form;
    }

    public PostForm load(Actor actor, long id) {
        Post post = require(Post.class, id);
        checkMayEdit(actor, post);
        PostForm form = new PostForm();
        fill(form, post);
        return form;
    }

    /** Sets every field of {@code form} from the post as stored. */
    private void fill(PostForm form, Post post) {
        form.setId(post.getId());
        form.setVersion(post.getVersion());
        form.setTitle(post.getTitle());
        form.setSlug(post.getSlug());
        form.setBody(post.getBody());
        form.setExcerpt(post.getExcerpt());
        form.setStatus(post.getStatus());
        form.setPublishAt(
                post.getPublishedAt() == null
                        ? null
                        : post.getPublishedAt().atZone(zone()).toLocalDateTime());
        form.setAuthorName(post.getAuthor().getDisplayName());
        List<Long> categories = new ArrayList<>();
        if (post.getPrimaryCategory() != null) {
            categories.add(post.getPrimaryCategory().getId());
        }
        post.getCategories().stream()
                .map(Category::getId)
                .filter(c -> !categories.contains(c))
                .forEach(categories::add);
        form.setCategoryIds(categories);
        form.setTagNames(new ArrayList<>(post.getTags().stream()
                .map(Tag::getName)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList()));
        form.setCredits(new ArrayList<>(post.getCredits().stream()
                .map(c -> new PostForm.CreditLine(c.getPerson().getId(), c.getRole()))
                .toList()));
        form.setSticky(post.isSticky());
        form.setFeaturedMediaId(
                post.getFeaturedMedia() == null ? null : post.getFeaturedMedia().getId());
        form.setSeoTitle(post.getSeoTitle());
        form.setSeoDescription(post.getSeoDescription());
        form.setCanonicalUrl(post.getCanonicalUrl());
        form.setSocialMediaId(
                post.getSocialMedia() == null ? null : post.getSocialMedia().getId());
        form.setPermalink(permalink(post));
    }

    /**
     * Creates or updates the post and returns what it wrote; {@code form} then holds the post as
     * stored (text as sanitized, tags and slug as kept, its version), so an editor shows it without
     * reading it again. A future publication time turns "published" into "scheduled"; "published"
     * without a time means now.
     *
     * @throws EditConflictException when the post changed since {@code form.getVersion()}
     */
    public SavedPost save(Actor actor, PostForm form) {
        actor.require(EDIT_POSTS, "write posts");
        validate(form);
        Post post;
        if (form.isNew()) {
            post = new Post();
            post.setAuthor(require(UserAccount.class, actor.accountId()));
        } else {
            post = require(Post.class, form.getId());
            checkMayEdit(actor, post);
            if (post.getVersion() != form.getVersion()) {
                throw new EditConflictException("Someone else saved this post while you were editing it.");
            }
        }
        ContentStatus status = effectiveStatus(actor, form);
        Instant publishAt = form.getPublishAt() == null
                ? null
                : form.getPublishAt().atZone(zone()).toInstant();
        if (status == ContentStatus.PUBLISHED || status == ContentStatus.SCHEDULED) {
            publishAt = publishAt == null ? Instant.now() : publishAt;
            status = publishAt.isAfter(Instant.now()) ? ContentStatus.SCHEDULED : ContentStatus.PUBLISHED;
        }
        post.setTitle(form.getTitle().strip());
        post.setBody(html.sanitize(form.getBody()));
        post.setExcerpt(blankToNull(form.getExcerpt()));
        post.setStatus(status);
        post.setPublishedAt(publishAt);
        post.setSticky(form.isSticky() && actor.can(PUBLISH_POSTS));
        presentation(
                post,
                form.getSeoTitle(),
                form.getSeoDescription(),
                form.getCanonicalUrl(),
                form.getFeaturedMediaId(),
                form.getSocialMediaId());
        post.refile(form.getCategoryIds().stream()
                .distinct()
                .map(id -> require(Category.class, id))
                .toList());
        post.retag(tags(actor, form.getTagNames()));
        post.clearCredits();
        for (PostForm.CreditLine line : form.getCredits()) {
            if (line.getPersonId() != null) {
                post.credit(
                        require(Person.class, line.getPersonId()),
                        line.getRole() == null ? "" : line.getRole().strip());
            }
        }
        if (form.isNew()) {
            post.setSlug(Slugs.unique(
                    Slugs.requestedOrFromTitle(form.getSlug(), form.getTitle()), s -> exists("Post", "slug", s)));
            em.persist(post);
        } else {
            // Tags, categories and credits live in other tables: bump the version so that every
            // save, whatever it changed, conflicts with an editor still holding the old one.
            em.lock(post, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw new EditConflictException("Someone else saved this post at the same moment.");
        }
        PostRevisions.record(em, post, actor);
        if (!form.isNew() && form.getSlug() != null && !form.getSlug().isBlank()) {
            posts.rename(post.getId(), form.getSlug());
        }
        changed(ContentKind.POST, post.getId());
        fill(form, post);
        return new SavedPost(post.getId(), post.getVersion(), post.getStatus(), post.getSlug(), permalink(post));
    }

    /** Moves the post to the trash; readers no longer see it. */
    public void trash(Actor actor, long id) {
        Post post = require(Post.class, id);
        checkMayEdit(actor, post);
        actor.require(DELETE_POSTS, "delete posts");
        post.setStatus(ContentStatus.TRASHED);
        changed(ContentKind.POST, id);
    }

    /** Takes the post out of the trash as a draft, as WordPress does. */
    public void restore(Actor actor, long id) {
        Post post = require(Post.class, id);
        checkMayEdit(actor, post);
        actor.require(DELETE_POSTS, "restore posts");
        if (post.getStatus() == ContentStatus.TRASHED) {
            post.setStatus(ContentStatus.DRAFT);
            changed(ContentKind.POST, id);
        }
    }

    /**
     * Deletes a trashed post for good, as WordPress's "Delete permanently": with its byline,
     * revisions and the old addresses that led to it. Only from the trash, so nothing goes by one slip.
     */
    public void deletePermanently(Actor actor, long id) {
        Post post = require(Post.class, id);
        checkMayEdit(actor, post);
        actor.require(DELETE_POSTS, "delete posts");
        if (post.getStatus() != ContentStatus.TRASHED) {
            throw new InvalidInputException(
                    "status", "Move “" + post.getTitle() + "” to the trash before deleting it for good");
        }
        em.createQuery("delete from PathRedirect r where r.targetKind = :kind and r.targetId = :id")
                .setParameter("kind", ContentKind.POST)
                .setParameter("id", id)
                .executeUpdate();
        em.remove(post);
        em.flush();
        changed(ContentKind.POST, id);
    }

    /** Whether the actor may open this post in the editor. */
    public static boolean mayEdit(Actor actor, long authorId, ContentStatus status) {
        if (!actor.can(EDIT_POSTS)) {
            return false;
        }
        if (authorId != actor.accountId()) {
            return actor.can(EDIT_OTHERS_POSTS);
        }
        return UNPUBLISHED.contains(status) || status == ContentStatus.TRASHED || actor.can(PUBLISH_POSTS);
    }

    static void checkMayEdit(Actor actor, Post post) {
        if (!mayEdit(actor, post.getAuthor().getId(), post.getStatus())) {
            throw new AccessDeniedException(
                    post.getAuthor().getId() == actor.accountId()
                            ? "Your role (" + actor.role().name().toLowerCase()
                                    + ") may not change a post once it is published"
                            : "Your role (" + actor.role().name().toLowerCase()
                                    + ") may not edit other people's posts");
        }
    }

    private static ContentStatus effectiveStatus(Actor actor, PostForm form) {
        ContentStatus wanted = form.getStatus() == null ? ContentStatus.DRAFT : form.getStatus();
        if (wanted == ContentStatus.TRASHED) {
            throw new InvalidInputException("status", "Use \"Move to trash\" to delete a post");
        }
        if (!UNPUBLISHED.contains(wanted) && !actor.can(PUBLISH_POSTS)) {
            throw new AccessDeniedException("Your role (" + actor.role().name().toLowerCase()
                    + ") may not publish posts; submit it for review instead");
        }
        return wanted;
    }

    private List<Tag> tags(Actor actor, List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        List<Tag> tags = new ArrayList<>();
        int created = 0;
        for (String name : names) {
            if (name == null || name.isBlank() || !seen.add(name.strip().toLowerCase())) {
                continue;
            }
            List<Long> existing = em.createQuery("select t.id from Tag t where lower(t.name) = lower(:n)", Long.class)
                    .setParameter("n", name.strip())
                    .getResultList();
            if (existing.isEmpty()) {
                actor.require(ASSIGN_NEW_TAGS, "create new tags (\"" + name.strip() + "\")");
                FieldRules.limited("tags", name, FieldRules.NAME);
                if (++created > FieldRules.NEW_TAGS_PER_SAVE) {
                    throw new InvalidInputException(
                            "tags",
                            "One save creates at most " + FieldRules.NEW_TAGS_PER_SAVE
                                    + " new tags; add the others in the Tags screen or in a later save");
                }
            }
            tags.add(em.find(Tag.class, existing.isEmpty() ? taxonomy.tag(name) : existing.getFirst()));
        }
        return tags;
    }

    private static void validate(PostForm form) {
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            throw new InvalidInputException("title", "A post needs a title");
        }
        if (form.getTitle().strip().length() > FieldRules.TITLE) {
            throw new InvalidInputException("title", "A title has at most " + FieldRules.TITLE + " characters");
        }
        FieldRules.limited("slug", form.getSlug(), FieldRules.SLUG);
        FieldRules.limited("body", form.getBody(), FieldRules.BODY);
        FieldRules.limited("excerpt", form.getExcerpt(), FieldRules.EXCERPT);
        if (form.getTagNames().size() > FieldRules.TAGS_PER_POST) {
            throw new InvalidInputException(
                    "tags",
                    "A post has at most " + FieldRules.TAGS_PER_POST + " tags (this has "
                            + form.getTagNames().size() + ")");
        }
        if (form.getCategoryIds().size() > FieldRules.CATEGORIES_PER_POST) {
            throw new InvalidInputException(
                    "categories",
                    "A post is filed under at most " + FieldRules.CATEGORIES_PER_POST + " categories (this has "
                            + form.getCategoryIds().size() + ")");
        }
    }
}
