package io.dossier.core.service;

/**
 * What it takes to create a category: a blank slug is made from the name, a taken one gets a
 * number; {@code parentId} null files it at the top.
 */
public record CategoryDraft(String name, String slug, Long parentId, String description) {}
