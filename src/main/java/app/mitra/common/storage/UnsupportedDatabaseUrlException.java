package app.mitra.common.storage;

/** MITRA_DB_URL names a database Mitra cannot use. */
public class UnsupportedDatabaseUrlException extends RuntimeException {

    private final String url;

    public UnsupportedDatabaseUrlException(String url) {
        super("MITRA_DB_URL must start with jdbc:postgresql:// or jdbc:sqlite: (a file); got: " + Database.masked(url));
        this.url = Database.masked(url);
    }

    public String url() {
        return url;
    }
}
