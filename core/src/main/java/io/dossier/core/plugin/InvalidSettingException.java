package io.dossier.core.plugin;

import io.dossier.core.support.InvalidInputException;

/** A plugin settings change that cannot be accepted; {@link #field()} names the offending field. */
public class InvalidSettingException extends InvalidInputException {

    public InvalidSettingException(String field, String message) {
        super(field, message);
    }
}
