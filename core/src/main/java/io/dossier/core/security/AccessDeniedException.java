package io.dossier.core.security;

/** An actor tried something its role does not allow; the message says what, for the user. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
