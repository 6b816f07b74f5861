package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.support.NotFoundException;
import io.dossier.core.vocabulary.ContentKind;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

/** What every write service needs: the persistence context and the change event. */
abstract class ServiceSupport {

    protected EntityManager em;
    private Event<ContentChanged> changes;

    protected ServiceSupport() {
        // for CDI proxies
    }

    protected ServiceSupport(EntityManager em, Event<ContentChanged> changes) {
        this.em = em;
        this.changes = changes;
    }

    protected void changed(ContentKind kind, long id) {
        changes.fire(new ContentChanged(kind, id));
    }

    /** Whether any {@code entity} row has {@code field} equal to {@code value}. */
    protected boolean exists(String entity, String field, Object value) {
        return !em.createQuery("select e.id from " + entity + " e where e." + field + " = :v", Long.class)
                .setParameter("v", value)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** What a form field holds: null when left blank, otherwise without surrounding spaces. */
    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    protected <T> T require(Class<T> type, Long id) {
        T entity = id == null ? null : em.find(type, id);
        if (entity == null) {
            throw new NotFoundException(type.getSimpleName() + " " + id + " does not exist");
        }
        return entity;
    }
}
