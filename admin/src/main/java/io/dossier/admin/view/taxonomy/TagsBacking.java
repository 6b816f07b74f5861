package io.dossier.admin.view.taxonomy;

import io.dossier.admin.view.Feedback;
import io.dossier.core.query.EditorialQueries;
import io.dossier.core.query.TagRow;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.TaxonomyService;
import io.dossier.core.vocabulary.PersonKind;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Tags: a searchable, lazily paged table with post counts and profiles; add, rename, delete,
 * merge one tag into another, and turn a tag into a person or organisation profile.
 */
@Named("tags")
@ViewScoped
public class TagsBacking implements Serializable {

    private static final int SUGGESTIONS = 10;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    EditorialQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private TagRows rows;
    private boolean allowed;
    private String text;
    private Long editing;
    private String name;
    private String description;
    private TagRow merging;
    private String mergeInto;

    @PostConstruct
    void init() {
        rows = new TagRows(queries);
    }

    /** f:viewAction */
    public void load() {
        allowed = feedback.permits(Capability.MANAGE_TAXONOMY, "manage tags");
    }

    public void search() {
        rows.filter(text);
    }

    public void edit(TagRow row) {
        editing = row.id();
        name = row.name();
        description = row.description();
    }

    public void cancel() {
        editing = null;
        name = description = null;
    }

    public void save() {
        boolean added = editing == null;
        if (feedback.submit("tag", () -> {
            if (added) {
                taxonomy.createTag(user.require(), name, description);
            } else {
                taxonomy.updateTag(user.require(), editing, name, description);
            }
        })) {
            feedback.info("Tag " + name.strip() + (added ? " added." : " saved."));
            cancel();
        }
    }

    public void delete(TagRow row) {
        if (feedback.attempt(row.name(), () -> taxonomy.deleteTag(user.require(), row.id()))) {
            feedback.info("Tag " + row.name() + " deleted.");
        }
    }

    public void startMerge(TagRow row) {
        merging = row;
        mergeInto = null;
    }

    /** Merges the chosen tag into the one named in the merge box (an existing tag). */
    public void merge() {
        if (merging == null) {
            return;
        }
        List<TagRow> target = mergeInto == null
                ? List.of()
                : queries.tagRows(mergeInto, false, 0, 50).stream()
                        .filter(t -> t.name().equalsIgnoreCase(mergeInto.strip()))
                        .toList();
        if (target.isEmpty()) {
            feedback.fieldError("merge:into", "Choose an existing tag to merge into");
            return;
        }
        TagRow from = merging;
        if (feedback.attempt(
                from.name(),
                () -> taxonomy.mergeTags(
                        user.require(), from.id(), target.getFirst().id()))) {
            feedback.info(from.name() + " merged into " + target.getFirst().name() + "; its address now leads there.");
            merging = null;
        }
    }

    public void makeProfile(TagRow row, String kind) {
        if (feedback.attempt(
                row.name(), () -> taxonomy.tagToProfile(user.require(), row.id(), PersonKind.valueOf(kind)))) {
            feedback.info(
                    row.name() + " now has " + (kind.equals("PERSON") ? "a person" : "an organisation") + " profile.");
        }
    }

    public List<String> completeTag(String typed) {
        return queries.tagNames(typed, SUGGESTIONS);
    }

    public TagRows getRows() {
        return rows;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public TagRow getMerging() {
        return merging;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }
}
