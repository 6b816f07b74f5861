/**
 * The words the content model and its readers share: statuses, kinds, roles and menu locations.
 * Views, REST resources and the back office use these instead of reaching into {@code core.model}.
 */
package io.dossier.core.vocabulary;
