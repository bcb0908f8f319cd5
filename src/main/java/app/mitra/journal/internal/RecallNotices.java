package app.mitra.journal.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.journal.TodayNotices;
import app.mitra.products.Recalls;
import app.mitra.products.Recalls.RecalledBatch;

/** A batch the person has that a recall list names shows one calm line on Today, leading to its product. */
@Component
class RecallNotices implements TodayNotices {

    private final Recalls recalls;

    RecallNotices(Recalls recalls) {
        this.recalls = recalls;
    }

    @Override
    public List<Notice> noticesFor(UUID userId) {
        return recalls.recalledBatches(userId).stream().map(RecallNotices::notice).toList();
    }

    private static Notice notice(RecalledBatch recalled) {
        return new Notice("quality.recallBanner", List.of(recalled.product().name(), recalled.batch().batchCode()),
                "/products/" + recalled.product().id());
    }
}
