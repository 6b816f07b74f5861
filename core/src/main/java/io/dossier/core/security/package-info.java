/** Who may log in: password hashing, the identity store behind Jakarta Security, the first administrator. */
package io.dossier.core.security;
