package app.mitra.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.mitra.journal.ImplausibleAmount.Amount;
import app.mitra.journal.internal.PlausibleAmountsFile;
import app.mitra.journal.internal.PlausibleAmountsFile.Bound;
import app.mitra.products.Form;

/**
 * Tells an amount far outside what anyone takes at once from an ordinary one, by the sourced bounds of
 * {@code journal/plausible-amounts.json} (read and checked when this is built, so a broken file stops
 * start-up). The web app asks "did you mean ...?" before saving such an amount; the API stores it and
 * safety raises a finding about it.
 */
@Component
public class PlausibleAmounts {

    /** How many places a decimal point may have slipped: 500 for 5.00 is two. */
    private static final int SLIPPED_PLACES = 3;

    private final PlausibleAmountsFile file;

    PlausibleAmounts() {
        this(PlausibleAmountsFile.load());
    }

    public PlausibleAmounts(PlausibleAmountsFile file) {
        this.file = file;
    }

    public String version() {
        return file.version();
    }

    public LocalDate asOf() {
        return file.asOfDate();
    }

    /** Whether this amount is far outside its bounds, and what it most likely meant. */
    public Optional<ImplausibleAmount> check(Form form, Unit unit, double amount) {
        return check(form, unit, amount, null);
    }

    /**
     * As {@link #check(Form, Unit, double)}; among several amounts it may have meant, the one nearest
     * {@code usual} (the person's own last amount of this form and unit, when there is one) is offered.
     */
    public Optional<ImplausibleAmount> check(Form form, Unit unit, double amount, Amount usual) {
        Bound bound = bound(form, unit);
        if (bound == null || (amount >= bound.min() && amount <= bound.max())) {
            return Optional.empty();
        }
        boolean tooMuch = amount > bound.max();
        List<Amount> candidates = new ArrayList<>();
        if (!tooMuch && unit == Unit.MG && bound(form, Unit.G) != null) {
            candidates.add(new Amount(amount, Unit.G));
        }
        for (int places = 1; places <= SLIPPED_PLACES; places++) {
            BigDecimal shifted = tooMuch ? BigDecimal.valueOf(amount).movePointLeft(places)
                    : BigDecimal.valueOf(amount).movePointRight(places);
            candidates.add(new Amount(shifted.doubleValue(), unit));
        }
        List<Amount> fitting = candidates.stream().filter(a -> fits(form, a)).toList();
        Optional<Amount> meant = usual == null || usual.unit() != unit || usual.value() <= 0 ? fitting.stream().findFirst()
                : fitting.stream().min(Comparator.comparingDouble(a -> Math.abs(Math.log(scale(a) / scale(usual)))));
        return Optional.of(new ImplausibleAmount(form, new Amount(amount, unit), tooMuch, meant));
    }

    /** Grams and milligrams on one scale, so "5 g" and "5000 mg" are the same distance from the usual amount. */
    private static double scale(Amount amount) {
        return amount.unit() == Unit.G ? amount.value() * 1000 : amount.value();
    }

    private boolean fits(Form form, Amount amount) {
        Bound bound = bound(form, amount.unit());
        return bound != null && amount.value() >= bound.min() && amount.value() <= bound.max();
    }

    private Bound bound(Form form, Unit unit) {
        return file.bounds().stream().filter(b -> b.form() == form && b.unit() == unit).findFirst().orElse(null);
    }
}
