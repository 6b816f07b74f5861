package io.dossier.core.transfer;

/** The file is not a readable WordPress export; {@code line} says where reading stopped (0: unknown). */
public class WxrFormatException extends RuntimeException {

    private final int line;

    public WxrFormatException(String message, int line, Throwable cause) {
        super(line > 0 ? message + " (line " + line + ")" : message, cause);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
