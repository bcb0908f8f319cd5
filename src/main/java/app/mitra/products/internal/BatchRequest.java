package app.mitra.products.internal;

import java.time.LocalDate;
import java.util.UUID;

import app.mitra.products.BatchInput;
import app.mitra.products.Coa;
import app.mitra.products.Detection;

/** A batch as the API and uploaded JSON files send it; checked when it becomes a {@link BatchInput}. */
record BatchRequest(UUID id, String batchCode, LocalDate purchasedOn, CoaRequest coa) {

    record CoaRequest(String lab, LocalDate testedOn, String batchCode, Double mitragyninePercent,
            Double sevenOhPercent, Double totalAlkaloidsPercent, Double leadUgPerG, Double arsenicUgPerG,
            Double cadmiumUgPerG, Double mercuryUgPerG, Detection salmonella, Detection eColi,
            Double totalAerobicCfuPerG, Double yeastMoldCfuPerG) {

        Coa coa() {
            return new Coa(lab, testedOn, batchCode, mitragyninePercent, sevenOhPercent, totalAlkaloidsPercent,
                    leadUgPerG, arsenicUgPerG, cadmiumUgPerG, mercuryUgPerG, salmonella, eColi, totalAerobicCfuPerG,
                    yeastMoldCfuPerG);
        }
    }

    BatchInput input(UUID forcedId) {
        return BatchInput.of(forcedId, batchCode, purchasedOn, () -> coa == null ? null : coa.coa());
    }
}
