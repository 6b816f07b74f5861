package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.Category;
import io.dossier.core.model.ContentKind;
import io.dossier.core.model.Person;
import io.dossier.core.model.Tag;
import io.dossier.core.text.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Categories and tags. */
@ApplicationScoped
@Transactional
public class TaxonomyService extends ServiceSupport {

    protected TaxonomyService() {
    }

    @Inject
    public TaxonomyService(EntityManager em, Event<ContentChanged> changes) {
        super(em, changes);
    }

    public long createCategory(String name, Long parentId, String description) {
        Category parent = parentId == null ? null : require(Category.class, parentId);
        String slug = Slugs.unique(Slugs.slugify(name), s -> exists("Category", "slug", s));
        Category category = new Category(name, slug, parent);
        category.setDescription(description);
        em.persist(category);
        em.flush();
        changed(ContentKind.CATEGORY, category.getId());
        return category.getId();
    }

    /** Makes a tag stand for a person or organisation (null: for nobody). */
    public void linkTagToPerson(long tagId, Long personId) {
        Tag tag = require(Tag.class, tagId);
        tag.setPerson(personId == null ? null : require(Person.class, personId));
        changed(ContentKind.TAG, tagId);
    }

    /** The tag with this name (case-insensitive), created if there is none. */
    public long tag(String name) {
        return em.createQuery("select t.id from Tag t where lower(t.name) = lower(:name)", Long.class)
                .setParameter("name", name.strip()).getResultList().stream().findFirst()
                .orElseGet(() -> {
                    String slug = Slugs.unique(Slugs.slugify(name), s -> exists("Tag", "slug", s));
                    Tag tag = new Tag(name.strip(), slug);
                    em.persist(tag);
                    em.flush();
                    changed(ContentKind.TAG, tag.getId());
                    return tag.getId();
                });
    }
}
