package app.mitra.products;

/**
 * A batch's standing, and each finding's weight. The worst finding decides, in the order
 * FAIL, WARN, STALE, PASS; UNVERIFIED means there is no certificate at all.
 */
public enum QualityStatus {
    FAIL, WARN, STALE, UNVERIFIED, PASS;

    /** The worse of two standings (declaration order is worst first). */
    public QualityStatus worse(QualityStatus other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
