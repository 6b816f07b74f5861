/**
 * Internal: discovers plugins and their extensions, checks and orders them, merges the owner's
 * settings and guards every call into plugin code. Plugins never see this package.
 */
package io.dossier.core.plugin;
