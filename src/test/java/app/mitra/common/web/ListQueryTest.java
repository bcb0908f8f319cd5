package app.mitra.common.web;

import static app.mitra.testing.Refusals.fieldsRefusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListQueryTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void withoutParametersEverythingIsListedFiftyAtATime() {
        ListQuery query = ListQuery.parse(null, null, null, null, ZoneOffset.UTC);
        assertThat(query.limit()).isEqualTo(50);
        assertThat(query.fromMillis()).isEqualTo(Long.MIN_VALUE);
        assertThat(query.toMillisExclusive()).isEqualTo(Long.MAX_VALUE);
        assertThat(query.cursor()).isNull();
    }

    @Test
    void aDateIsAWholeDayInTheUsersZone() {
        ListQuery query = ListQuery.parse("2026-03-01", "2026-03-01", null, null, NEW_YORK);
        assertThat(Instant.ofEpochMilli(query.fromMillis())).isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));
        assertThat(Instant.ofEpochMilli(query.toMillisExclusive())).isEqualTo(Instant.parse("2026-03-02T05:00:00Z"));
    }

    @Test
    void theDayClocksGoForwardHasTwentyThreeHours() {
        ListQuery query = ListQuery.parse("2026-03-08", "2026-03-08", null, null, NEW_YORK);
        assertThat(Duration.ofMillis(query.toMillisExclusive() - query.fromMillis())).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void instantsAreTakenAsTheyAreAndToIsInclusive() {
        ListQuery query = ListQuery.parse("2026-03-01T08:30:00-05:00", "2026-03-01T14:00:00Z", null, null, NEW_YORK);
        assertThat(Instant.ofEpochMilli(query.fromMillis())).isEqualTo(Instant.parse("2026-03-01T13:30:00Z"));
        assertThat(query.toMillisExclusive()).isEqualTo(Instant.parse("2026-03-01T14:00:00Z").toEpochMilli() + 1);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 50, 500 })
    void limitsFromOneToFiveHundredAreAccepted(int limit) {
        assertThat(ListQuery.parse(null, null, limit, null, ZoneOffset.UTC).limit()).isEqualTo(limit);
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 0, 501 })
    void limitsOutsideOneToFiveHundredAreRefused(int limit) {
        assertThat(fieldsRefusedBy(() -> ListQuery.parse(null, null, limit, null, ZoneOffset.UTC)))
                .containsExactly("limit");
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        assertThat(fieldsRefusedBy(() -> ListQuery.parse("yesterday", "2026-13-01", 0, "junk", ZoneOffset.UTC)))
                .containsExactlyInAnyOrder("from", "to", "limit", "cursor");
    }

    @Test
    void toBeforeFromIsRefused() {
        assertThat(fieldsRefusedBy(() -> ListQuery.parse("2026-03-02", "2026-03-01", null, null, ZoneOffset.UTC)))
                .containsExactly("to");
    }

    @Test
    void aCursorIsDecoded() {
        Cursor cursor = new Cursor(42, UUID.randomUUID());
        assertThat(ListQuery.parse(null, null, null, cursor.encode(), ZoneOffset.UTC).cursor()).isEqualTo(cursor);
    }

    @Test
    void aPageHasANextCursorOnlyWhenMoreRowsExist() {
        ListQuery query = ListQuery.parse(null, null, 2, null, ZoneOffset.UTC);
        List<Long> rows = List.of(30L, 20L, 10L);
        Page<Long> page = query.page(rows, value -> new Cursor(value, new UUID(0, value)));
        assertThat(page.items()).containsExactly(30L, 20L);
        assertThat(Cursor.decode(page.nextCursor())).isEqualTo(new Cursor(20L, new UUID(0, 20L)));
        assertThat(query.page(rows.subList(0, 2), value -> new Cursor(value, new UUID(0, value))).nextCursor()).isNull();
    }
}
