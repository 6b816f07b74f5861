/**
 * The back office: JSF/PrimeFaces views under {@code META-INF/resources/admin/}, packaged as a jar
 * inside the one WAR so that it shares the persistence unit and CDI container with the public site.
 * Backing beans live in {@code view.<area>}; they hold ids and form data and call core's services,
 * which check the caller's role themselves.
 */
package io.dossier.admin;
