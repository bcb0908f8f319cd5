package app.mitra.journal.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.common.web.ListQuery;
import app.mitra.journal.Dose;
import app.mitra.journal.DoseInput;
import app.mitra.journal.ImplausibleAmount;
import app.mitra.journal.ImplausibleAmount.Amount;
import app.mitra.journal.Journal;
import app.mitra.journal.PlausibleAmounts;

/**
 * What the web app asks before it saves what was typed: an amount far outside what anyone takes at
 * once ("did you mean 5 g?") or a time more than a few minutes ahead or over a year back. The answer
 * "save as typed" skips the questions. The API asks nothing: it stores what it is sent, and an odd
 * amount raises a finding instead.
 */
@Component
class EntryQuestions {

    /** Clocks on phones drift and a form can sit open a while: a few minutes ahead is "now". */
    static final Duration AHEAD = Duration.ofMinutes(10);
    /** A year back is still an ordinary late entry from a paper diary; beyond it a mistyped year is likelier. */
    static final Duration BACK = Duration.ofDays(366);
    /** How far back to look for the person's usual amount of a form and unit. */
    private static final int RECENT_DOSES = 30;

    private final PlausibleAmounts amounts;
    private final Journal journal;

    EntryQuestions(PlausibleAmounts amounts, Journal journal) {
        this.amounts = amounts;
        this.journal = journal;
    }

    /** The questions of one form; {@code null} parts are not asked. */
    record Questions(ImplausibleAmount amount, OddTime time, ZoneId zone) {
    }

    /** A time that is either ahead of now or more than a year back. */
    record OddTime(Instant at, boolean ahead) {
    }

    /** For a new dose. */
    Optional<Questions> dose(UUID userId, DoseInput input, String asTyped) {
        return dose(userId, input, null, asTyped);
    }

    /** For a changed dose: what the person did not change is not asked about again. */
    Optional<Questions> dose(UUID userId, DoseInput input, Dose before, String asTyped) {
        if (asTyped != null) {
            return Optional.empty();
        }
        boolean amountChanged = before == null || before.form() != input.form() || before.unit() != input.unit()
                || before.amount() != input.amount();
        ImplausibleAmount amount = amountChanged
                ? amounts.check(input.form(), input.unit(), input.amount(), usual(userId, input)).orElse(null)
                : null;
        OddTime time = before != null && sameMinute(before.takenAt(), input.takenAt()) ? null : odd(input.takenAt());
        return ask(userId, amount, time);
    }

    /** For a new check-in, substance or note: only its time. */
    Optional<Questions> time(UUID userId, Instant takenAt, String asTyped) {
        return asTyped != null ? Optional.empty() : ask(userId, null, odd(takenAt));
    }

    private Optional<Questions> ask(UUID userId, ImplausibleAmount amount, OddTime time) {
        return amount == null && time == null ? Optional.empty()
                : Optional.of(new Questions(amount, time, journal.zone(userId)));
    }

    private static OddTime odd(Instant takenAt) {
        Instant now = Instant.now();
        if (takenAt.isAfter(now.plus(AHEAD))) {
            return new OddTime(takenAt, true);
        }
        return takenAt.isBefore(now.minus(BACK)) ? new OddTime(takenAt, false) : null;
    }

    /** The person's latest ordinary amount of this form and unit, to choose among possible slips. */
    private Amount usual(UUID userId, DoseInput input) {
        return journal.doses(userId, new ListQuery(Long.MIN_VALUE, Long.MAX_VALUE, RECENT_DOSES, null)).items().stream()
                .filter(d -> d.form() == input.form() && d.unit() == input.unit())
                .filter(d -> amounts.check(d.form(), d.unit(), d.amount()).isEmpty())
                .findFirst().map(d -> new Amount(d.amount(), d.unit())).orElse(null);
    }

    private static boolean sameMinute(Instant a, Instant b) {
        return a.truncatedTo(ChronoUnit.MINUTES).equals(b.truncatedTo(ChronoUnit.MINUTES));
    }
}
