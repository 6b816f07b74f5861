package io.dossier.web.rest.dto;

/** What a write answers: the post's id, its version now (send it with the next update), status and permalink. */
public record PostWritten(long id, long version, String status, String permalink) {}
