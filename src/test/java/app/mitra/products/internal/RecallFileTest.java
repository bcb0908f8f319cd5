package app.mitra.products.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.mitra.common.limits.Limits;
import app.mitra.products.FileRefusedException;
import app.mitra.products.LineProblem;
import app.mitra.products.Recall;

class RecallFileTest {

    private static List<Recall> parse(String file) {
        return RecallFile.parse(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), Limits.DEFAULTS);
    }

    @Test
    void aRecallListIsReadInAnyColumnOrderWithAnEmptyBatchMeaningEveryBatch() {
        List<Recall> recalls = parse("""
                date,vendor,product,batch,reason,source
                2026-03-01,Leafy,Green Maeng Da,GMD-7,Salmonella,https://www.fda.gov/safety/recalls
                2026-04-02,Leafy,Red Bali,,"Lead, above the limit",FDA
                """);
        assertThat(recalls).hasSize(2);
        assertThat(recalls.get(0).batchCode()).isEqualTo("GMD-7");
        assertThat(recalls.get(0).recalledOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(recalls.get(1).batchCode()).isNull();
        assertThat(recalls.get(1).reason()).isEqualTo("Lead, above the limit");
    }

    @Test
    void aBadLineRefusesTheWholeListNamingItsLine() {
        assertThatThrownBy(() -> parse("""
                vendor,product,batch,reason,source,date
                Leafy,Green,,Salmonella,FDA,2026-03-01
                Leafy,,,Salmonella,FDA,March
                """)).isInstanceOfSatisfying(FileRefusedException.class, refused -> assertThat(refused.problems())
                .extracting(LineProblem::line, LineProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "product"),
                        org.assertj.core.groups.Tuple.tuple(3, "date")));
    }

    @Test
    void aHeaderWithoutTheColumnsIsRefused() {
        assertThatThrownBy(() -> parse("vendor,product\nLeafy,Green\n"))
                .isInstanceOfSatisfying(FileRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(LineProblem::field).contains("batch", "reason", "source", "date"));
    }
}
