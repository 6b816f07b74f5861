package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.Person;
import io.dossier.core.model.PersonLink;
import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.support.EditConflictException;
import io.dossier.core.support.FieldRules;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.text.HtmlPolicy;
import io.dossier.core.text.Slugs;
import io.dossier.core.vocabulary.ContentKind;
import io.dossier.core.vocabulary.PersonKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** People and organisation profiles. */
@ApplicationScoped
@Transactional
public class PersonService extends ServiceSupport {

    private HtmlPolicy html;

    protected PersonService() {}

    @Inject
    public PersonService(EntityManager em, Event<ContentChanged> changes, HtmlPolicy html) {
        super(em, changes);
        this.html = html;
    }

    /** Creates a profile under the same rules as the editor's (see {@link #save}); a blank slug is made from the name. */
    public long create(PersonDraft draft) {
        Checked checked = check(draft.name(), draft.kind(), draft.roleTitle(), draft.photoUrl(), draft.links());
        String base = Slugs.requestedOrFromTitle(draft.slug(), checked.name());
        Person person = new Person(checked.name(), Slugs.unique(base, s -> exists("Person", "slug", s)), draft.kind());
        em.persist(person);
        fill(person, checked, draft.bioHtml());
        return person.getId();
    }

    public ProfileForm load(Actor actor, long id) {
        actor.require(Capability.EDIT_PEOPLE, "edit profiles");
        Person person = require(Person.class, id);
        ProfileForm form = new ProfileForm();
        form.setId(person.getId());
        form.setVersion(person.getVersion());
        form.setName(person.getName());
        form.setKind(person.getKind());
        form.setRoleTitle(person.getRoleTitle());
        form.setBio(person.getBio());
        form.setPhotoUrl(person.getPhotoUrl());
        form.setLinks(new ArrayList<>(person.getLinks().stream()
                .map(l -> new ProfileForm.LinkLine(l.getLabel(), l.getUrl()))
                .toList()));
        return form;
    }

    /**
     * Creates or updates a profile. The bio is sanitized; links and the photo must be web
     * addresses; a profile changed by someone else meanwhile is a conflict.
     */
    public long save(Actor actor, ProfileForm form) {
        actor.require(Capability.EDIT_PEOPLE, "edit profiles");
        Checked checked = check(
                form.getName(),
                form.getKind(),
                form.getRoleTitle(),
                form.getPhotoUrl(),
                form.getLinks().stream()
                        .map(l -> new PersonDraft.LinkDraft(l.getLabel(), l.getUrl()))
                        .toList());
        Person person;
        if (form.isNew()) {
            person = new Person(
                    checked.name(),
                    Slugs.unique(Slugs.slugify(checked.name()), s -> exists("Person", "slug", s)),
                    form.getKind());
            em.persist(person);
        } else {
            person = require(Person.class, form.getId());
            if (person.getVersion() != form.getVersion()) {
                throw new EditConflictException("Someone else saved this profile while you were editing it.");
            }
            person.setName(checked.name());
            person.setKind(form.getKind());
            em.lock(person, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        fill(person, checked, form.getBio());
        return person.getId();
    }

    /** A profile's fields as the rules take them: a name, a kind, web addresses for the photo and links. */
    private record Checked(String name, String roleTitle, String photoUrl, List<PersonLink> links) {}

    private static Checked check(
            String name, PersonKind kind, String roleTitle, String photoUrl, List<PersonDraft.LinkDraft> lines) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Enter a name");
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "Choose person or organisation");
        }
        String photo = FieldRules.link(
                "photoUrl", photoUrl, "The photo must be a web address (https://…) or a path on this site");
        List<PersonLink> links = new ArrayList<>();
        for (PersonDraft.LinkDraft line : lines) {
            String url = FieldRules.webAddress("links", line.url(), "Links must be web addresses (https://…)");
            if (url == null) {
                continue;
            }
            String label = FieldRules.limited("links", line.label(), FieldRules.LABEL);
            links.add(new PersonLink(label == null ? url : label, url));
        }
        return new Checked(
                FieldRules.limited("name", name, FieldRules.NAME),
                FieldRules.limited("role", roleTitle, FieldRules.NAME),
                photo,
                links);
    }

    private void fill(Person person, Checked checked, String bioHtml) {
        person.setRoleTitle(checked.roleTitle());
        person.setBio(html.sanitize(bioHtml));
        person.setPhotoUrl(checked.photoUrl());
        person.getLinks().clear();
        person.getLinks().addAll(checked.links());
        em.flush();
        changed(ContentKind.PERSON, person.getId());
    }

    /** Deletes a profile no post credits; tags that stood for it become plain tags. */
    public void delete(Actor actor, long id) {
        actor.require(Capability.EDIT_PEOPLE, "delete profiles");
        Person person = require(Person.class, id);
        long credits = em.createQuery("select count(c) from Credit c where c.person = :p", Long.class)
                .setParameter("p", person)
                .getSingleResult();
        if (credits > 0) {
            throw new InvalidInputException(
                    "person",
                    person.getName() + " is in the byline of " + credits + (credits == 1 ? " post" : " posts")
                            + "; remove those credits first");
        }
        em.createQuery("update Tag t set t.person = null where t.person = :p")
                .setParameter("p", person)
                .executeUpdate();
        em.remove(person);
        em.flush();
        changed(ContentKind.PERSON, id);
    }
}
