package app.mitra.common.storage;

/** A backup or restore that could not be done or did not verify; the message is for the operator. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
