package app.mitra.products.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.mitra.common.limits.Limits;
import app.mitra.products.BatchInput;
import app.mitra.products.Detection;
import app.mitra.products.FileRefusedException;
import app.mitra.products.LineProblem;
import tools.jackson.databind.json.JsonMapper;

class CoaFileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<BatchInput> parse(String file) {
        return CoaFile.parse(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), JSON, Limits.DEFAULTS);
    }

    private static List<LineProblem> problems(String file) {
        try {
            parse(file);
        } catch (FileRefusedException refused) {
            return refused.problems();
        }
        return List.of();
    }

    @Test
    void aCsvFileGivesOneBatchPerLineWithItsCertificate() {
        List<BatchInput> batches = parse("""
                batchCode,lab,testedOn,leadUgPerG,salmonella,mitragyninePercent
                A-1,"Lab, Inc.",2026-10-01,0.4,not detected,1.5
                B-2,,,,,
                """);
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0).coa().lab()).isEqualTo("Lab, Inc.");
        assertThat(batches.get(0).coa().leadUgPerG()).isEqualTo(0.4);
        assertThat(batches.get(0).coa().salmonella()).isEqualTo(Detection.NOT_DETECTED);
        assertThat(batches.get(1).coa()).as("a line with only a batch code has no certificate").isNull();
    }

    @Test
    void everyBadCsvLineIsNamedByItsLineNumber() {
        assertThat(problems("""
                batchCode,leadUgPerG,salmonella
                A-1,0.4,NOT_DETECTED
                A-2,lots,NOT_DETECTED
                A-3,-1,maybe
                """)).extracting(LineProblem::line, LineProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "leadUgPerG"),
                        org.assertj.core.groups.Tuple.tuple(4, "salmonella"));
    }

    @Test
    void aLineBreakInsideQuotesAndBlankLinesKeepTheLineNumbersOfTheFile() {
        assertThat(problems("\uFEFFbatchCode,lab,leadUgPerG\r\nA-1,\"Lab, \"\"One\"\"\r\nsecond floor\",0.4\r\n\r\n"
                + "A-2,x,lots\r\n")).extracting(LineProblem::line, LineProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "leadUgPerG"));
    }

    @Test
    void aValueOutOfRangeAndAMissingBatchCodeAreRefusedWithTheirLines() {
        assertThat(problems("""
                batchCode,mitragyninePercent
                A-1,150
                ,1.5
                """)).extracting(LineProblem::line, LineProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "coa.mitragyninePercent"),
                        org.assertj.core.groups.Tuple.tuple(3, "batchCode"));
    }

    @Test
    void anUnknownColumnARepeatedBatchAndAnOpenQuoteAreRefused() {
        assertThat(problems("batchCode,nickelUgPerG\nA-1,2\n")).singleElement()
                .extracting(LineProblem::line, LineProblem::field).containsExactly(1, "nickelUgPerG");
        assertThat(problems("batchCode\nA-1\na-1\n")).singleElement()
                .extracting(LineProblem::line, LineProblem::message).containsExactly(3, "appears on an earlier line too");
        assertThat(problems("batchCode,lab\nA-1,\"Lab\nA-2,x\n")).singleElement()
                .extracting(LineProblem::line).isEqualTo(2);
        assertThat(problems("  ")).singleElement().extracting(LineProblem::message).isEqualTo("is empty");
    }

    @Test
    void aJsonListIsReadAsTheApiTakesItAndProblemsNameTheirLines() {
        List<BatchInput> batches = parse("""
                [
                  {"batchCode": "A-1", "coa": {"leadUgPerG": 2.0, "testedOn": "2026-10-01"}},
                  {"batchCode": "A-2"}
                ]""");
        assertThat(batches).extracting(BatchInput::batchCode).containsExactly("A-1", "A-2");
        assertThat(batches.get(0).coa().leadUgPerG()).isEqualTo(2.0);

        assertThat(problems("""
                [
                  {"batchCode": "A-1"},
                  {"batchCode": "A-2", "coa": {"leadUgPerG": "a lot"}},
                  {"coa": {}}
                ]""")).extracting(LineProblem::line, LineProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "coa.leadUgPerG"),
                        org.assertj.core.groups.Tuple.tuple(4, "batchCode"));
        assertThat(problems("{\"batchCode\": \"A-1\",\n \"coa\": }")).singleElement()
                .extracting(LineProblem::line, LineProblem::field).containsExactly(2, "file");
    }
}
