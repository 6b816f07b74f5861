package io.dossier.core.transfer;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** The two questions both imports ask of the database before they create anything: "which id?" and "taken?". */
final class Lookups {

    private final EntityManager em;

    Lookups(EntityManager em) {
        this.em = em;
    }

    /** The id the query ({@code :v} bound to {@code value}) finds, if any. */
    Optional<Long> id(String jpql, Object value) {
        return em.createQuery(jpql, Long.class)
                .setParameter("v", value)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Whether some {@code entity} already has {@code value} in {@code field}. */
    boolean taken(String entity, String field, Object value) {
        return !em.createQuery("select count(e) from " + entity + " e where e." + field + " = :v", Long.class)
                .setParameter("v", value)
                .getSingleResult()
                .equals(0L);
    }
}
