package io.dossier.core.transfer;

import java.time.Instant;

/** What a menu item pointing at a moved post needs: its title and the parts of its address. */
public record MovedPost(String title, String slug, Instant publishedAt) {}
