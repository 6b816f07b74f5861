package io.dossier.core.service;

import io.dossier.core.vocabulary.PersonKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A person or organisation profile as an editor changes it: plain data, no entity. */
public class ProfileForm implements Serializable {

    private Long id;
    private long version;
    private String name;
    private PersonKind kind = PersonKind.PERSON;
    private String roleTitle;
    private String bio;
    private String photoUrl;
    private List<LinkLine> links = new ArrayList<>();

    /** One labelled link being edited. */
    public static class LinkLine implements Serializable {
        private String label;
        private String url;

        public LinkLine() {}

        public LinkLine(String label, String url) {
            this.label = label;
            this.url = url;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public void setRoleTitle(String roleTitle) {
        this.roleTitle = roleTitle;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getPhotoUrl() {
        return photoUrl;
    }

    public void setPhotoUrl(String photoUrl) {
        this.photoUrl = photoUrl;
    }

    public List<LinkLine> getLinks() {
        return links;
    }

    public void setLinks(List<LinkLine> links) {
        this.links = links;
    }
}
