package io.dossier.web.rest.dto;

import java.util.List;

/** An item of a menu as readers see it, with its sub-items. */
public record MenuItemDto(String label, String url, List<MenuItemDto> children) {}
