/** Who may log in and do what: password hashing, the identity store, capabilities, API tokens, the login throttle, trusted proxies. */
package io.dossier.core.security;
