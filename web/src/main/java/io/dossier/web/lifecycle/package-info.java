/** Application start-up hooks. */
package io.dossier.web.lifecycle;
