package io.dossier.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A post's title, excerpt and text as they were saved (or autosaved) by one account. Revisions are
 * never edited, except an autosave, which its account's next autosave overwrites.
 */
@Entity
@Table(name = "post_revision")
public class PostRevision extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(nullable = false)
    private boolean autosave;

    @Column(nullable = false)
    private String title;

    private String excerpt;
    private String body;

    protected PostRevision() {}

    /** The post's current state, saved by {@code author}. */
    public static PostRevision of(Post post, UserAccount author) {
        PostRevision revision = new PostRevision();
        revision.post = post;
        revision.author = author;
        revision.title = post.getTitle();
        revision.excerpt = post.getExcerpt();
        revision.body = post.getBody();
        return revision;
    }

    /** An editor's unsaved work on {@code post}. */
    public static PostRevision autosaveOf(Post post, UserAccount author) {
        PostRevision revision = new PostRevision();
        revision.post = post;
        revision.author = author;
        revision.autosave = true;
        return revision;
    }

    /** Replaces an autosave's content with newer unsaved work. */
    public void overwrite(String title, String excerpt, String body) {
        if (!autosave) {
            throw new IllegalStateException("Only an autosave is overwritten");
        }
        this.title = title;
        this.excerpt = excerpt;
        this.body = body;
    }

    public Post getPost() {
        return post;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public boolean isAutosave() {
        return autosave;
    }

    public String getTitle() {
        return title;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getBody() {
        return body;
    }
}
