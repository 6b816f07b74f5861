package io.dossier.web.rest.dto;

/** Body of POST /api/v1/admin/plugins/{id}: switch a whole plugin on or off. */
public record PluginChange(Boolean enabled) {}
