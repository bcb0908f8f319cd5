package app.mitra.common.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

    private static final Limits LIMITS = new Limits(null, null, null, null, null, null, 3, 10, null, null);

    @Test
    void aLineOfExactlyTheLimitIsReadAndOneCharacterMoreIsRefusedNamingTheLine() {
        assertThat(rows("a,b\n0123456789\n")).extracting(CsvRows.Row::line).containsExactly(2);

        assertThatThrownBy(() -> rows("a,b\n0123456789\nxy,01234567z\n"))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limit()).isEqualTo(Limit.LINE_CHARS);
                    assertThat(e.getMessage()).startsWith("Line 3 is longer than this server accepts (10 characters).");
                });
    }

    @Test
    void aRowWhoseQuotedValueRunsOverManyShortLinesIsBoundedToo() {
        String manyLines = "\"" + "x\n".repeat(20_000) + "\"";

        assertThatThrownBy(() -> rows("a\n" + manyLines + "\n")).isInstanceOfSatisfying(LimitExceededException.class,
                e -> assertThat(e.limit()).isEqualTo(Limit.LINE_CHARS));
    }

    @Test
    void rowsUpToTheLimitAreReadAndTheNextIsRefusedBeforeTheRestIsRead() {
        assertThat(rows("h\n1\n2\n3\n")).hasSize(3);

        assertThatThrownBy(() -> rows("h\n1\n2\n3\n4\n" + "5\n".repeat(1_000_000)))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limit()).isEqualTo(Limit.ROWS));
    }

    @Test
    void aByteOrderMarkIsDroppedAndEveryRowKeepsTheLineItStartsOn() {
        List<CsvRows.Row> rows = rows("\uFEFFh,i\r\n\"a\r\nb\",1\r\n\r\nc,2\r\n");

        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(2, 4, 5);
        assertThat(rows.get(0).values()).containsExactly("a\r\nb", "1");
        assertThat(rows.get(1).isBlank()).isTrue();
    }

    @Test
    void aQuoteLeftOpenNamesTheLineItsRowStartsOn() {
        assertThatThrownBy(() -> rows("h,i\nx,1\n\"open,2\ny,3\n"))
                .isInstanceOfSatisfying(CsvRows.UnreadableException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("a quoted value is never closed");
                });
    }

    private static List<CsvRows.Row> rows(String text) {
        CsvRows csv = CsvRows.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ',', LIMITS,
                new RowCount(LIMITS));
        assertThat(csv.header()).isNotNull();
        List<CsvRows.Row> rows = new ArrayList<>();
        for (CsvRows.Row row = csv.next(); row != null; row = csv.next()) {
            rows.add(row);
        }
        return rows;
    }
}
