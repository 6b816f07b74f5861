package io.dossier.core.support;

import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own, committed when it returns. The importer commits in
 * batches through this, so a killed import keeps what it finished and a second run adds the rest.
 */
@FunctionalInterface
public interface Transactions {

    <T> T inNewTransaction(Supplier<T> work);
}
