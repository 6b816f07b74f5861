/** Who is calling and what every response promises: authentication mechanisms by path, security headers. */
package io.dossier.web.security;
