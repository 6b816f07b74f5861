package io.dossier.web.rest.dto;

/** A new account: login, the name shown on posts, email (optional), role and password. */
public record AccountInput(String login, String displayName, String email, String role, String password) {}
