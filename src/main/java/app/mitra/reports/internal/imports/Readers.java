package app.mitra.reports.internal.imports;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import app.mitra.common.limits.Upload;
import app.mitra.reports.internal.export.MitraExport;

/** The reader of each format. */
@Component
class Readers {

    private final MitraReader mitra;
    private final PsychonautWikiReader psychonautWiki;
    private final BearableReader bearable;
    private final HerbalTrackerReader herbalTracker;
    private final DaylioReader daylio;

    Readers(MitraReader mitra, PsychonautWikiReader psychonautWiki, BearableReader bearable,
            HerbalTrackerReader herbalTracker, DaylioReader daylio) {
        this.mitra = mitra;
        this.psychonautWiki = psychonautWiki;
        this.bearable = bearable;
        this.herbalTracker = herbalTracker;
        this.daylio = daylio;
    }

    /** One pass over the file, handing its records to the plan. */
    void read(ImportFormat format, Upload file, ImportPlan plan) {
        switch (format) {
            case MITRA_JSON -> mitra.readJson(file, plan);
            case MITRA_CSV -> mitra.readCsv(file, plan);
            case PSYCHONAUTWIKI_JOURNAL -> psychonautWiki.read(file, plan);
            case BEARABLE_CSV -> bearable.read(file, plan);
            case HERBAL_TRACKER -> herbalTracker.read(file, plan);
            case DAYLIO_CSV -> daylio.read(file, plan);
        }
    }

    /** The findings a Mitra export says were acknowledged; other apps have none. */
    void acknowledged(ImportFormat format, Upload file, Consumer<MitraExport.Acknowledged> acknowledged) {
        switch (format) {
            case MITRA_JSON -> mitra.acknowledgedJson(file, acknowledged);
            case MITRA_CSV -> mitra.acknowledgedCsv(file, acknowledged);
            default -> {
                // other apps know nothing of Mitra's findings
            }
        }
    }
}
