/** CDI events that core fires after content changes commit; caches and plugins observe them. */
package io.dossier.core.event;
