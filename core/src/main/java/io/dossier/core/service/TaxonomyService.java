package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.Category;
import io.dossier.core.model.Person;
import io.dossier.core.model.Tag;
import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.support.FieldRules;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.text.Slugs;
import io.dossier.core.vocabulary.ContentKind;
import io.dossier.core.vocabulary.PersonKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Categories and tags. */
@ApplicationScoped
@Transactional
public class TaxonomyService extends ServiceSupport {

    protected TaxonomyService() {}

    @Inject
    public TaxonomyService(EntityManager em, Event<ContentChanged> changes) {
        super(em, changes);
    }

    /** Creates a category, under the same rules for every writer: the back office, the importers, the demo. */
    public long create(CategoryDraft draft) {
        Category parent = draft.parentId() == null ? null : require(Category.class, draft.parentId());
        String name = requireName(draft.name());
        String slug = Slugs.unique(Slugs.requestedOrFromTitle(draft.slug(), name), s -> exists("Category", "slug", s));
        Category category = new Category(name, slug, parent);
        category.setDescription(described(draft.description()));
        em.persist(category);
        em.flush();
        changed(ContentKind.CATEGORY, category.getId());
        return category.getId();
    }

    /** Creates a tag, under the same rules for every writer; a tag of that name already there is an error. */
    public long create(TagDraft draft) {
        String name = requireName(draft.name());
        if (count("select count(t) from Tag t where lower(t.name) = lower(:n)", name) > 0) {
            throw new InvalidInputException("name", "There is already a tag named " + name);
        }
        String slug = Slugs.unique(Slugs.requestedOrFromTitle(draft.slug(), name), s -> exists("Tag", "slug", s));
        Tag tag = new Tag(name, slug);
        tag.setDescription(described(draft.description()));
        tag.setPerson(draft.personId() == null ? null : require(Person.class, draft.personId()));
        em.persist(tag);
        em.flush();
        changed(ContentKind.TAG, tag.getId());
        return tag.getId();
    }

    /** Makes a tag stand for a person or organisation (null: for nobody). */
    public void linkTagToPerson(long tagId, Long personId) {
        Tag tag = require(Tag.class, tagId);
        tag.setPerson(personId == null ? null : require(Person.class, personId));
        changed(ContentKind.TAG, tagId);
    }

    /** The tag with this name (case-insensitive), created if there is none. */
    public long tag(String name) {
        return em
                .createQuery("select t.id from Tag t where lower(t.name) = lower(:name)", Long.class)
                .setParameter("name", name.strip())
                .getResultList()
                .stream()
                .findFirst()
                .orElseGet(() -> create(new TagDraft(name, null, null, null)));
    }

    /** Creates a category on behalf of an editor. */
    public long createCategory(Actor actor, String name, Long parentId, String description) {
        actor.require(Capability.MANAGE_TAXONOMY, "manage categories");
        return create(new CategoryDraft(name, null, parentId, description));
    }

    /** Renames a category or moves it under another; a category cannot become its own descendant. */
    public void updateCategory(Actor actor, long id, String name, Long parentId, String description) {
        actor.require(Capability.MANAGE_TAXONOMY, "manage categories");
        Category category = require(Category.class, id);
        category.setName(requireName(name));
        category.setParent(parentFor(id, parentId));
        category.setDescription(described(description));
        changed(ContentKind.CATEGORY, id);
    }

    /** Files a category under another (null: at the top), as an import settles parents that came later in its file. */
    public void fileUnder(long id, Long parentId) {
        require(Category.class, id).setParent(parentFor(id, parentId));
        changed(ContentKind.CATEGORY, id);
    }

    private Category parentFor(long id, Long parentId) {
        Category parent = parentId == null ? null : require(Category.class, parentId);
        for (Category c = parent; c != null; c = c.getParent()) {
            if (c.getId() == id) {
                throw new InvalidInputException(
                        "parent", "A category cannot be filed under itself or one of its sub-categories");
            }
        }
        return parent;
    }

    /** Deletes a category: its posts lose it, its sub-categories move up to its parent. */
    public void deleteCategory(Actor actor, long id) {
        actor.require(Capability.MANAGE_TAXONOMY, "manage categories");
        Category category = require(Category.class, id);
        if (count("select count(c) from Category c") == 1) {
            throw new InvalidInputException("category", "The site needs at least one category");
        }
        // Two statements rather than binding a null parent, which PostgreSQL cannot type.
        if (category.getParent() == null) {
            em.createQuery("update Category c set c.parent = null where c.parent = :gone")
                    .setParameter("gone", category)
                    .executeUpdate();
        } else {
            em.createQuery("update Category c set c.parent = :up where c.parent = :gone")
                    .setParameter("up", category.getParent())
                    .setParameter("gone", category)
                    .executeUpdate();
        }
        em.createQuery("update Post p set p.primaryCategory = null where p.primaryCategory = :gone")
                .setParameter("gone", category)
                .executeUpdate();
        em.createNativeQuery("delete from post_category where category_id = ?")
                .setParameter(1, id)
                .executeUpdate();
        em.remove(category);
        em.flush();
        em.clear();
        changed(ContentKind.CATEGORY, id);
    }

    /** Creates a tag on behalf of an editor (a tag of that name already there is an error). */
    public long createTag(Actor actor, String name, String description) {
        actor.require(Capability.MANAGE_TAXONOMY, "manage tags");
        return create(new TagDraft(name, null, description, null));
    }

    public void updateTag(Actor actor, long id, String name, String description) {
        actor.require(Capability.MANAGE_TAXONOMY, "manage tags");
        Tag tag = require(Tag.class, id);
        String n = requireName(name);
        if (count("select count(t) from Tag t where lower(t.name) = lower(:n) and t.id <> " + id, n) > 0) {
            throw new InvalidInputException("name", "There is already a tag named " + n);
        }
        tag.setName(n);
        tag.setDescription(described(description));
        changed(ContentKind.TAG, id);
    }

    public void deleteTag(Actor actor, long id) {
        actor.require(Capability.MANAGE_TAXONOMY, "manage tags");
        Tag tag = require(Tag.class, id);
        em.createNativeQuery("delete from post_tag where tag_id = ?")
                .setParameter(1, id)
                .executeUpdate();
        em.remove(tag);
        em.flush();
        em.clear();
        changed(ContentKind.TAG, id);
    }

    /**
     * Merges one tag into another: its posts get the other tag (once), it disappears, and its
     * address answers 301 to the other tag's, so links to it keep working.
     */
    public void mergeTags(Actor actor, long fromId, long intoId) {
        actor.require(Capability.MANAGE_TAXONOMY, "merge tags");
        if (fromId == intoId) {
            throw new InvalidInputException("into", "Choose another tag to merge into");
        }
        Tag from = require(Tag.class, fromId);
        Tag into = require(Tag.class, intoId);
        em.createNativeQuery("""
                insert into post_tag (post_id, tag_id)
                select pt.post_id, ? from post_tag pt
                where pt.tag_id = ? and not exists (select 1 from post_tag x where x.post_id = pt.post_id and x.tag_id = ?)""")
                .setParameter(1, intoId)
                .setParameter(2, fromId)
                .setParameter(3, intoId)
                .executeUpdate();
        String oldPath = "/tag/" + from.getSlug() + "/";
        em.createQuery("update PathRedirect r set r.targetId = :into where r.targetKind = :tag and r.targetId = :from")
                .setParameter("into", intoId)
                .setParameter("tag", ContentKind.TAG)
                .setParameter("from", fromId)
                .executeUpdate();
        if (into.getPerson() == null && from.getPerson() != null) {
            into.setPerson(from.getPerson());
        }
        em.createNativeQuery("delete from post_tag where tag_id = ?")
                .setParameter(1, fromId)
                .executeUpdate();
        em.remove(from);
        em.flush();
        keepOldAddress(oldPath, ContentKind.TAG, intoId);
        em.flush();
        em.clear();
        changed(ContentKind.TAG, fromId);
        changed(ContentKind.TAG, intoId);
    }

    /**
     * Turns a tag into a person or organisation profile: a profile with the tag's name (and slug,
     * when free) is created and the tag stands for it from then on. Returns the profile's id.
     */
    public long tagToProfile(Actor actor, long tagId, PersonKind kind) {
        actor.require(Capability.EDIT_PEOPLE, "create profiles");
        Tag tag = require(Tag.class, tagId);
        if (tag.getPerson() != null) {
            throw new InvalidInputException("tag", tag.getName() + " already has a profile");
        }
        String slug = Slugs.unique(tag.getSlug(), s -> exists("Person", "slug", s));
        Person person = new Person(tag.getName(), slug, kind);
        em.persist(person);
        tag.setPerson(person);
        em.flush();
        changed(ContentKind.PERSON, person.getId());
        changed(ContentKind.TAG, tagId);
        return person.getId();
    }

    private long count(String jpql, String... name) {
        var query = em.createQuery(jpql, Long.class);
        if (name.length > 0) {
            query.setParameter("n", name[0]);
        }
        return query.getSingleResult();
    }

    private static String described(String description) {
        return FieldRules.limited("description", blankToNull(description), FieldRules.DESCRIPTION);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Enter a name");
        }
        if (name.strip().length() > FieldRules.NAME) {
            throw new InvalidInputException("name", "A name has at most " + FieldRules.NAME + " characters");
        }
        return name.strip();
    }
}
