package io.dossier.core.event;

import io.dossier.core.vocabulary.ContentKind;

/** Some content of {@code kind} with {@code id} was created, changed or removed. */
public record ContentChanged(ContentKind kind, long id) {}
