package io.dossier.core.event;

/** The owner switched a plugin or extension on or off, moved a widget or changed its settings. */
public record ExtensionSettingsChanged() {}
