package io.dossier.core.query;

import java.util.List;

/** A resolved menu entry with its nested entries. */
public record MenuNode(String label, String url, List<MenuNode> children) {}
