package app.mitra.journal;

import java.util.Optional;

import app.mitra.products.Form;

/**
 * An amount far outside what anyone takes at once, for its form and unit (usually a slip: 500 g for
 * 5.00 g, 5 mg for 5 g), with the amount it most likely meant when one fits. Never a suggestion of how
 * much to take: {@code meant} only undoes a slip of the keyboard or the unit.
 */
public record ImplausibleAmount(Form form, Amount typed, boolean tooMuch, Optional<Amount> meant) {

    /** An amount in a unit, written as people write it ("5 g", "4 capsules"). */
    public record Amount(double value, Unit unit) {

        public String plain() {
            return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        @Override
        public String toString() {
            return plain() + " " + unit.symbol();
        }
    }
}
