/** The bundled sidebar widgets: each a CDI bean implementing {@link io.dossier.core.spi.Widget}. */
package io.dossier.plugin.widgets;
