package io.dossier.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A labelled link on a person's or organisation's profile. */
@Embeddable
public class PersonLink {

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String url;

    protected PersonLink() {}

    public PersonLink(String label, String url) {
        this.label = label;
        this.url = url;
    }

    public String getLabel() {
        return label;
    }

    public String getUrl() {
        return url;
    }
}
