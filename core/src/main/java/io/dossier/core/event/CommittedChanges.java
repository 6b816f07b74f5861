package io.dossier.core.event;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Gathers the {@link ContentChanged} events of each transaction and fires them as one
 * {@link ContentCommitted} after it commits (nothing when it rolls back). A change outside a
 * transaction is passed on at once.
 */
@ApplicationScoped
public class CommittedChanges {

    private static final String PENDING = CommittedChanges.class.getName();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry registry;

    @Inject
    Event<ContentCommitted> committed;

    void onContentChanged(@Observes ContentChanged change) {
        if (registry.getTransactionKey() == null) {
            committed.fire(new ContentCommitted(Set.of(change)));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<ContentChanged> pending = (Set<ContentChanged>) registry.getResource(PENDING);
        if (pending == null) {
            Set<ContentChanged> changes = new LinkedHashSet<>();
            registry.putResource(PENDING, changes);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        committed.fire(new ContentCommitted(Set.copyOf(changes)));
                    }
                }
            });
            pending = changes;
        }
        pending.add(change);
    }
}
