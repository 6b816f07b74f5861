package io.dossier.core.query;

/** An item a form offers to pick: its id and what the user reads. */
public record Choice(long id, String label) {}
