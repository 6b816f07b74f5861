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
import java.util.function.Consumer;

/**
 * Folds the change events of each transaction ({@link ContentChanged}, {@link SettingsChanged},
 * {@link ExtensionSettingsChanged}) into one {@link ContentCommitted}, fired after it commits
 * (nothing when it rolls back). A change outside a transaction is passed on at once. This is the
 * only after-commit mechanism: what keeps something derived observes the folded event, in
 * {@link CommitOrder}, so a save that fires the same change twice is acted on once.
 */
@ApplicationScoped
public class CommittedChanges {

    private static final String PENDING = CommittedChanges.class.getName();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry registry;

    @Inject
    Event<ContentCommitted> committed;

    void onContentChanged(@Observes ContentChanged change) {
        fold(pending -> pending.content.add(change));
    }

    void onSettingsChanged(@Observes SettingsChanged change) {
        fold(pending -> pending.settings = true);
    }

    void onExtensionSettingsChanged(@Observes ExtensionSettingsChanged change) {
        fold(pending -> pending.extensions = true);
    }

    /** Adds the change to this transaction's fold; outside a transaction, fires it alone at once. */
    private void fold(Consumer<Fold> change) {
        if (registry.getTransactionKey() == null) {
            Fold alone = new Fold();
            change.accept(alone);
            committed.fire(alone.folded());
            return;
        }
        Fold pending = (Fold) registry.getResource(PENDING);
        if (pending == null) {
            Fold fold = new Fold();
            registry.putResource(PENDING, fold);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        committed.fire(fold.folded());
                    }
                }
            });
            pending = fold;
        }
        change.accept(pending);
    }

    /** What one transaction changed. */
    private static final class Fold {
        final Set<ContentChanged> content = new LinkedHashSet<>();
        boolean settings;
        boolean extensions;

        ContentCommitted folded() {
            return new ContentCommitted(Set.copyOf(content), settings, extensions);
        }
    }
}
