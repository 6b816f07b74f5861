package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.Person;
import io.dossier.core.model.PersonLink;
import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.support.EditConflictException;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.text.HtmlPolicy;
import io.dossier.core.text.Slugs;
import io.dossier.core.vocabulary.ContentKind;
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

    public long create(PersonDraft draft) {
        String slug = Slugs.unique(Slugs.slugify(draft.name()), s -> exists("Person", "slug", s));
        Person person = new Person(draft.name(), slug, draft.kind());
        person.setRoleTitle(draft.roleTitle());
        person.setBio(html.sanitize(draft.bioHtml()));
        person.setPhotoUrl(draft.photoUrl());
        draft.links().forEach(l -> person.getLinks().add(new PersonLink(l.label(), l.url())));
        em.persist(person);
        em.flush();
        changed(ContentKind.PERSON, person.getId());
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
        if (form.getName() == null || form.getName().isBlank()) {
            throw new InvalidInputException("name", "Enter a name");
        }
        if (form.getKind() == null) {
            throw new InvalidInputException("kind", "Choose person or organisation");
        }
        FieldRules.limited("name", form.getName(), FieldRules.NAME);
        FieldRules.limited("role", form.getRoleTitle(), FieldRules.NAME);
        String photo = FieldRules.link(
                "photoUrl", form.getPhotoUrl(), "The photo must be a web address (https://…) or a path on this site");
        List<PersonLink> links = new ArrayList<>();
        for (ProfileForm.LinkLine line : form.getLinks()) {
            String url = FieldRules.webAddress("links", line.getUrl(), "Links must be web addresses (https://…)");
            if (url == null) {
                continue;
            }
            String label = FieldRules.limited("links", line.getLabel(), FieldRules.LABEL);
            links.add(new PersonLink(label == null ? url : label, url));
        }
        Person person;
        if (form.isNew()) {
            person = new Person(
                    form.getName().strip(),
                    Slugs.unique(Slugs.slugify(form.getName()), s -> exists("Person", "slug", s)),
                    form.getKind());
            em.persist(person);
        } else {
            person = require(Person.class, form.getId());
            if (person.getVersion() != form.getVersion()) {
                throw new EditConflictException("Someone else saved this profile while you were editing it.");
            }
            person.setName(form.getName().strip());
            person.setKind(form.getKind());
            em.lock(person, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        person.setRoleTitle(blankToNull(form.getRoleTitle()));
        person.setBio(html.sanitize(form.getBio()));
        person.setPhotoUrl(photo);
        person.getLinks().clear();
        person.getLinks().addAll(links);
        em.flush();
        changed(ContentKind.PERSON, person.getId());
        return person.getId();
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
