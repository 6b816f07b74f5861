/**
 * How browsers and shared caches may keep public responses: fingerprinted theme files kept for a
 * year, and responses marked as varying with the gzip the distribution applies.
 */
package io.dossier.web.cache;
