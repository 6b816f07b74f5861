package io.dossier.core.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** {@link Transactions} in the container: JTA, one new transaction per call. */
@ApplicationScoped
public class ContainerTransactions implements Transactions {

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(Supplier<T> work) {
        return work.get();
    }
}
