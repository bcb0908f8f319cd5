package app.mitra.reports.internal.share;

import java.time.Instant;
import java.util.UUID;

/** One opening of a share link: the page or the PDF. */
public record ShareView(UUID shareId, Instant at, String kind) {

    public static final String PAGE = "page";
    public static final String PDF = "pdf";
}
