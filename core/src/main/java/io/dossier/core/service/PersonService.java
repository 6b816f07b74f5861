package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.ContentKind;
import io.dossier.core.model.Person;
import io.dossier.core.model.PersonLink;
import io.dossier.core.text.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** People and organisation profiles. */
@ApplicationScoped
@Transactional
public class PersonService extends ServiceSupport {

    private HtmlPolicy html;

    protected PersonService() {
    }

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
}
