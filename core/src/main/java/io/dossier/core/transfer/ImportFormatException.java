package io.dossier.core.transfer;

/** The file is not a readable export (WordPress or Dossier); {@code line} says where reading stopped (0: unknown). */
public class ImportFormatException extends RuntimeException {

    private final int line;

    public ImportFormatException(String message, int line, Throwable cause) {
        super(line > 0 ? message + " (line " + line + ")" : message, cause);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
