package app.mitra.common.web;

/** The request contradicts what is stored (for example the same id sent again with another body): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
