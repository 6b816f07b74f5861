package io.dossier.core.spi;

import java.util.List;

/**
 * A related post, how strongly it is related, and what it shares with the one being read
 * ("Jane Doe", "Sanctions").
 *
 * @since 1.0
 */
public record Related(PostLink post, double score, List<String> shared) {}
