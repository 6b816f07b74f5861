package io.dossier.core.support;

/** Someone else saved the item after this editor opened it; saving would overwrite their work. */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String message) {
        super(message);
    }
}
