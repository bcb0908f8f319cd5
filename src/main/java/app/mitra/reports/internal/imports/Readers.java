package app.mitra.reports.internal.imports;

import org.springframework.stereotype.Component;

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

    ImportPlan read(ImportFormat format, byte[] file, ImportContext context) {
        return switch (format) {
            case MITRA_JSON -> mitra.readJson(file, context);
            case MITRA_CSV -> mitra.readCsv(file, context);
            case PSYCHONAUTWIKI_JOURNAL -> psychonautWiki.read(file, context);
            case BEARABLE_CSV -> bearable.read(file, context);
            case HERBAL_TRACKER -> herbalTracker.read(file, context);
            case DAYLIO_CSV -> daylio.read(file, context);
        };
    }
}
