package io.dossier.core.plugin;

/** A settings change that cannot be accepted; {@link #field()} names the offending field. */
public class InvalidSettingException extends RuntimeException {

    private final String field;

    public InvalidSettingException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
