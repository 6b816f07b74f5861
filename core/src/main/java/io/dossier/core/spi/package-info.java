/**
 * The public plugin API: the only part of core a plugin may import. Interfaces, records and
 * enums only; no entity, no {@code EntityManager}, no HTTP session crosses it. Plugins get
 * read-only snapshots through {@link io.dossier.core.spi.SiteReader}. The API grows by adding
 * default methods; every type and method says since which {@link io.dossier.core.spi.PluginApi#VERSION}.
 *
 * @since 1.0
 */
package io.dossier.core.spi;
