package app.mitra.reports.internal.export;

import java.util.List;
import java.util.function.Function;

/**
 * The kinds of records an export holds, each with its name (the JSON property, and the CSV file
 * {@code <name>.csv}), its row type, and how to find its rows in an export. Kinds with at most one
 * row (the profile, the taper plan) are lists of zero or one here.
 */
public record Kind(String name, Class<? extends Record> type, Function<MitraExport, List<? extends Record>> rows) {

    public static final List<Kind> ALL = List.of(
            new Kind("profile", MitraExport.Profile.class, e -> e.profile() == null ? List.of() : List.of(e.profile())),
            new Kind("products", MitraExport.Product.class, MitraExport::products),
            new Kind("batches", MitraExport.Batch.class, MitraExport::batches),
            new Kind("recalls", MitraExport.Recall.class, MitraExport::recalls),
            new Kind("checkIns", MitraExport.CheckIn.class, MitraExport::checkIns),
            new Kind("doses", MitraExport.Dose.class, MitraExport::doses),
            new Kind("substances", MitraExport.Substance.class, MitraExport::substances),
            new Kind("withdrawals", MitraExport.Withdrawal.class, MitraExport::withdrawals),
            new Kind("notes", MitraExport.Note.class, MitraExport::notes),
            new Kind("taper", MitraExport.Taper.class, e -> e.taper() == null ? List.of() : List.of(e.taper())),
            new Kind("acknowledged", MitraExport.Acknowledged.class, MitraExport::acknowledged));
}
