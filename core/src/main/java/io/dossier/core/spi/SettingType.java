package io.dossier.core.spi;

/** How a setting is edited and checked. @since 1.0 */
public enum SettingType {
    /** One line of text. */
    TEXT,
    /** Several lines; for HTML it is sanitized before it is shown. */
    TEXTAREA,
    /** A whole number. */
    NUMBER,
    /** On or off ("true" / "false"). */
    BOOLEAN
}
