/**
 * The back office: JSF/PrimeFaces views under {@code META-INF/resources/admin/}, packaged as a jar
 * inside the one WAR so that it shares the persistence unit and CDI container with the public site.
 * Its screens arrive with the admin issue; until then the module only fixes its place in the build.
 */
package io.dossier.admin;
