package io.dossier.core.transfer;

/** What an import needs of a page it moved in to settle its parent: its slug and its parent now. */
public record MovedPage(String slug, Long parentId) {}
