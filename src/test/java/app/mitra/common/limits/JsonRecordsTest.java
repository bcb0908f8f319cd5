package app.mitra.common.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonRecordsTest {

    private static final Limits LIMITS = new Limits(null, null, DataSize.ofBytes(40), null, null, null, 3, null, 4, 10);
    /** The app's mapper carries the depth and text limits (LimitsConfiguration); this one the same. */
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(LIMITS.jsonDepth()).maxStringLength(LIMITS.jsonStringChars())
                    .build()).build()).build();

    @Test
    void eachRecordOfAListIsATreeOfItsOwnWithItsLine() {
        List<Integer> lines = new ArrayList<>();
        List<JsonNode> records = records("[\n{\"a\": 1},\n\n{\"a\": 2}]", lines);

        assertThat(records).extracting(node -> node.get("a").asInt()).containsExactly(1, 2);
        assertThat(lines).containsExactly(2, 4);
    }

    @Test
    void aRecordOfExactlyTheRecordLimitIsReadAndOneByteMoreIsRefused() {
        String forty = "{\"a\":\"" + "x".repeat(9) + "\",\"b\":\"" + "y".repeat(10) + "\",\"c\":1}";
        assertThat(forty).hasSize(40);

        assertThat(records("[" + forty + "]", new ArrayList<>())).hasSize(1);
        assertThatThrownBy(() -> records("[" + forty.replace("1}", "12}") + "]", new ArrayList<>()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limit()).isEqualTo(Limit.JSON_BYTES);
                    assertThat(e.isBody()).isFalse();
                });
    }

    @Test
    void nestingAndTextsAreBoundedAtTheirLimits() {
        assertThat(records("[[[{\"a\":1}]]]", new ArrayList<>())).hasSize(1);
        assertThatThrownBy(() -> records("[[[[{\"a\":1}]]]]", new ArrayList<>()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limit()).isEqualTo(Limit.JSON_DEPTH));

        assertThat(records("[{\"a\":\"0123456789\"}]", new ArrayList<>())).hasSize(1);
        assertThatThrownBy(() -> records("[{\"a\":\"0123456789x\"}]", new ArrayList<>()))
                .isInstanceOfSatisfying(LimitExceededException.class,
                        e -> assertThat(e.limit()).isEqualTo(Limit.JSON_STRING_CHARS));
    }

    @Test
    void recordsPastTheRowLimitAreRefused() {
        assertThat(records("[{},{},{}]", new ArrayList<>())).hasSize(3);
        assertThatThrownBy(() -> records("[{},{},{},{}]", new ArrayList<>()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limit()).isEqualTo(Limit.ROWS));
    }

    /** The objects of a top-level list as records; nested lists are walked into. */
    private static List<JsonNode> records(String json, List<Integer> lines) {
        List<JsonNode> records = new ArrayList<>();
        try (JsonRecords file = JsonRecords.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), JSON,
                LIMITS, new RowCount(LIMITS))) {
            for (JsonToken token = file.next(); token != null; token = file.next()) {
                if (token == JsonToken.START_OBJECT) {
                    lines.add(file.line());
                    records.add(file.record());
                }
            }
        }
        return records;
    }
}
