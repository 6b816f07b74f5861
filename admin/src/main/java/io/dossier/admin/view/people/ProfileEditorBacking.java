package io.dossier.admin.view.people;

import io.dossier.admin.view.Feedback;
import io.dossier.admin.view.Navigation;
import io.dossier.admin.view.media.MediaPicker;
import io.dossier.core.media.MediaLibrary;
import io.dossier.core.query.Choice;
import io.dossier.core.query.EditorialQueries;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.PersonService;
import io.dossier.core.service.ProfileForm;
import io.dossier.core.vocabulary.PersonKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** One profile: name, person or organisation, role, bio, photo, links, and the posts it appears in. */
@Named("profile")
@ViewScoped
public class ProfileEditorBacking implements Serializable {

    private static final int POSTS_SHOWN = 20;

    @Inject
    PersonService service;

    @Inject
    EditorialQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    @Inject
    MediaPicker picker;

    private Long id;
    private ProfileForm form;
    private List<Choice> posts = List.of();

    /** f:viewAction: the profile named by ?id=, or a new one. */
    public void open() {
        if (!feedback.permits(Capability.EDIT_PEOPLE, "edit profiles")) {
            return;
        }
        if (id == null) {
            form = new ProfileForm();
        } else if (feedback.attempt(null, () -> form = service.load(user.require(), id))) {
            posts = queries.postsAbout(id, POSTS_SHOWN);
        }
    }

    /** Takes a library image as the profile's photo (saved with the profile). */
    public void usePhoto(MediaLibrary.Item item) {
        form.setPhotoUrl(item.url());
        picker.hide();
    }

    public MediaPicker getPicker() {
        return picker;
    }

    public void save() throws IOException {
        boolean created = form.isNew();
        long[] saved = new long[1];
        if (!feedback.submit("profile", () -> saved[0] = service.save(user.require(), form))) {
            return;
        }
        feedback.info("Profile saved.");
        if (created) {
            Navigation.redirectTo("/admin/profile?id=" + saved[0]);
            return;
        }
        form = service.load(user.require(), saved[0]);
    }

    public void addLink() {
        form.getLinks().add(new ProfileForm.LinkLine());
    }

    public void removeLink(ProfileForm.LinkLine line) {
        form.getLinks().remove(line);
    }

    public PersonKind[] getKinds() {
        return PersonKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProfileForm getForm() {
        return form;
    }

    public List<Choice> getPosts() {
        return posts;
    }
}
