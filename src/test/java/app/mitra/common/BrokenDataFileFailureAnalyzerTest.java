package app.mitra.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class BrokenDataFileFailureAnalyzerTest {

    private static final class BrokenExample extends BrokenDataFile {
        BrokenExample() {
            super("The example file", "Fix example.json.", List.of("row 1 has no source", "row 2 has no date"));
        }
    }

    @Test
    void aBrokenDataFileStopsStartUpWithEveryProblemAndWhereToFixIt() {
        FailureAnalysis analysis = new BrokenDataFileFailureAnalyzer().analyze(new IllegalStateException(new BrokenExample()));
        assertThat(analysis.getDescription()).startsWith("The example file is broken, so Mitra will not start with it")
                .contains("  - row 1 has no source").contains("  - row 2 has no date");
        assertThat(analysis.getAction()).isEqualTo("Fix example.json.");
    }
}
