/** Demo content loaded on first start: a site shaped like the seed page, with our own texts. */
package io.dossier.core.demo;
