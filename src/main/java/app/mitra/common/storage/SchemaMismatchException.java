package app.mitra.common.storage;

/** The database's schema and this Mitra do not fit together; the message says what to do. */
public class SchemaMismatchException extends RuntimeException {

    private final String action;

    public SchemaMismatchException(String problem, String action) {
        super(problem + " " + action);
        this.action = action;
    }

    public String problem() {
        return getMessage().substring(0, getMessage().length() - action.length() - 1);
    }

    public String action() {
        return action;
    }
}
