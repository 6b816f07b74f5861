package io.dossier.core.service;

/**
 * What it takes to create a tag: a blank slug is made from the name, a taken one gets a number;
 * {@code personId} (null: nobody) is the profile the tag stands for.
 */
public record TagDraft(String name, String slug, String description, Long personId) {}
