package io.dossier.core.event;

/** Site settings or menus changed: everything derived from them is stale. */
public record SettingsChanged() {}
