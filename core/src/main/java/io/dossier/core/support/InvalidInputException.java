package io.dossier.core.support;

/** Input a user can correct: names the field and says what is wrong, for a form error or a problem detail. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
