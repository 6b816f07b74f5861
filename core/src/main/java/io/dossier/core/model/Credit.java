package io.dossier.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a post's byline: a person (or organisation) and the role they played. */
@Entity
@Table(name = "credit")
public class Credit extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private int position;

    protected Credit() {}

    Credit(Post post, Person person, String role, int position) {
        this.post = post;
        this.person = person;
        this.role = role;
        this.position = position;
    }

    public Post getPost() {
        return post;
    }

    public Person getPerson() {
        return person;
    }

    public String getRole() {
        return role;
    }

    public int getPosition() {
        return position;
    }
}
