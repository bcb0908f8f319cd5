package app.mitra.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import app.mitra.common.Ids;
import app.mitra.journal.DoseInput;
import app.mitra.journal.Unit;
import app.mitra.journal.internal.DoseNormaliser.Normalised;
import app.mitra.journal.internal.DoseRepository.DailyTotal;
import app.mitra.products.Form;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.TestDatabase;

/** The database sums grams per batch per local day, on both databases, across a daylight-saving change. */
@OnBothDatabases
class BatchConsumptionIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Parameter
    TestDatabase database;

    private DoseRepository doses;
    private UUID alice;
    private UUID bob;
    private final UUID batch = Ids.newId();

    @BeforeEach
    void repository() {
        alice = database.person();
        bob = database.person();
        doses = new DoseRepository(database.jdbc());
    }

    private void dose(UUID user, String at, long mg, UUID batchId) {
        DoseInput input = new DoseInput(null, Instant.parse(at), Form.POWDER, mg / 1000.0, Unit.G,
                batchId == null ? null : Ids.newId(), batchId, null, null);
        doses.insert(user, Ids.newId(), NEW_YORK.getId(), input, new Normalised(mg, mg, null, null, false), "h", 1);
    }

    private List<DailyTotal> totals(LocalDate from, LocalDate to, UUID onlyBatch) {
        Instant start = from.atStartOfDay(NEW_YORK).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(NEW_YORK).toInstant();
        return doses.dailyTotals(alice, start.toEpochMilli(), end.toEpochMilli(),
                BatchConsumption.offsets(NEW_YORK, start, end), onlyBatch);
    }

    @Test
    void gramsAreSummedPerBatchAndLocalDayAcrossTheSpringDaylightSavingChange() {
        // 8 March 2026: clocks go forward at 02:00 in New York (UTC-5 before, UTC-4 after).
        dose(alice, "2026-03-08T04:30:00Z", 1000, batch);  // 23:30 on 7 March, local
        dose(alice, "2026-03-08T06:30:00Z", 1500, batch);  // 01:30 on 8 March, before the change
        dose(alice, "2026-03-08T20:00:00Z", 500, batch);   // 16:00 on 8 March, after it
        dose(alice, "2026-03-09T03:59:00Z", 250, batch);   // 23:59 on 8 March
        dose(alice, "2026-03-08T15:00:00Z", 700, null);    // a dose without a batch
        dose(bob, "2026-03-08T15:00:00Z", 9000, batch);    // someone else's

        List<DailyTotal> all = totals(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8), null);
        long march7 = LocalDate.of(2026, 3, 7).toEpochDay();
        long march8 = LocalDate.of(2026, 3, 8).toEpochDay();
        assertThat(all).containsExactlyInAnyOrder(new DailyTotal(march7, batch, 1000),
                new DailyTotal(march8, batch, 2250), new DailyTotal(march8, null, 700));
        assertThat(totals(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8), batch))
                .containsExactly(new DailyTotal(march8, batch, 2250));
        assertThat(doses.batchSpan(alice, batch)).hasValueSatisfying(span -> assertThat(span)
                .containsExactly(Instant.parse("2026-03-08T04:30:00Z").toEpochMilli(),
                        Instant.parse("2026-03-09T03:59:00Z").toEpochMilli()));
        assertThat(doses.batchSpan(alice, Ids.newId())).isEmpty();
    }
}
