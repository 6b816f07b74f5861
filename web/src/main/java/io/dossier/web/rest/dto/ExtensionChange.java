package io.dossier.web.rest.dto;

import java.util.Map;

/** Body of POST /api/v1/admin/extensions/{id}; absent fields stay as they are. */
public record ExtensionChange(
        Boolean enabled, String area, Integer position, String title, Map<String, String> config) {}
