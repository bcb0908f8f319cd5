package app.mitra.journal;

/** What else a person took: alcohol, one of their medicines, or anything else. */
public enum SubstanceKind { ALCOHOL, MEDICINE, OTHER }
