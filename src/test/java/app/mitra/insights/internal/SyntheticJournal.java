package app.mitra.insights.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import app.mitra.journal.CheckInFigures;
import app.mitra.journal.DoseFigures;
import app.mitra.products.Form;

/** A journal with known effects: each dose has a rating 30 minutes before and 90 minutes after. */
final class SyntheticJournal {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    final List<CheckInFigures> checkIns = new ArrayList<>();
    final List<DoseFigures> doses = new ArrayList<>();
    private final Random random;

    SyntheticJournal(long seed) {
        random = new Random(seed);
    }

    static long at(int day, int hour) {
        return START.plusDays(day).atTime(hour, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** A dose on {@code day} at {@code hour}; pain falls by {@code effect} give or take a point. */
    SyntheticJournal dose(int day, int hour, UUID product, long materialMg, Double mitragynineMg, int effect) {
        long t = at(day, hour);
        int before = 5 + random.nextInt(4);
        int after = Math.max(0, Math.min(10, before - effect + random.nextInt(3) - 1));
        checkIns.add(new CheckInFigures(t - 30 * 60_000, before, null, null, null, null, null));
        doses.add(new DoseFigures(t, product, Form.POWDER, materialMg, mitragynineMg));
        checkIns.add(new CheckInFigures(t + 90 * 60_000, after, null, null, null, null, null));
        return this;
    }

    Pairing pairing() {
        return Pairing.of(checkIns, doses);
    }

    Days days(int count) {
        return Days.of(START, START.plusDays(count - 1L), ZoneOffset.UTC);
    }
}
