package app.mitra.common.limits;

/** Rows of one file as they are read, all files of a zip together; one past {@link Limits#rows()} refuses it. */
public final class RowCount {

    private final Limits limits;
    private long count;

    public RowCount(Limits limits) {
        this.limits = limits;
    }

    public void next() {
        if (++count > limits.rows()) {
            throw LimitExceededException.rows(limits);
        }
    }
}
