package app.mitra.legal.internal;

import java.util.List;

import app.mitra.legal.Jurisdiction;
import app.mitra.legal.Level;

/**
 * A place a piece of text was read as: its label, the rows that apply there (most specific first, up to
 * the country), the part of the text that could not be placed (null when all of it was), and whether the
 * place the person named has a row of its own (a city without one may still have a local rule).
 */
record Place(String label, List<Jurisdiction> chain, String unrecognised, boolean ownRow) {

    Place {
        chain = List.copyOf(chain);
    }

    Jurisdiction head() {
        return chain.get(0);
    }

    boolean recognised() {
        return unrecognised == null;
    }

    boolean inUnitedStates() {
        return chain.get(chain.size() - 1).code().equals("US") && head().level() != Level.COUNTRY;
    }
}
