package app.mitra.journal;

/** How a dose was taken. */
public enum Method {
    TOSS_AND_WASH, MIXED_IN_DRINK, SWALLOWED, BREWED, OTHER
}
