/** JPA entities of the content model; never handed to views, REST clients or plugins (they get records from {@code core.query}). */
package io.dossier.core.model;
