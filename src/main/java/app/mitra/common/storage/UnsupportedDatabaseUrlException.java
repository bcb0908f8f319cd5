package app.mitra.common.storage;

/** MITRA_DB_URL names a database Mitra cannot use. */
public class UnsupportedDatabaseUrlException extends RuntimeException {

    private final String url;

    public UnsupportedDatabaseUrlException(String url) {
        super("MITRA_DB_URL must start with jdbc:postgresql:// or jdbc:sqlite: (a file); got: " + masked(url));
        this.url = masked(url);
    }

    public String url() {
        return url;
    }

    /** Never print a password that may sit in the URL. */
    static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1****").replaceAll("//([^:/@]+):[^@/]*@", "//$1:****@");
    }
}
