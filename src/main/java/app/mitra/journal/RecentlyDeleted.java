package app.mitra.journal;

import java.util.List;

/** What a person deleted within the day and can still restore, by kind, last deleted first. */
public record RecentlyDeleted(List<Deleted<CheckIn>> checkIns, List<Deleted<Dose>> doses,
        List<Deleted<Substance>> substances, List<Deleted<WithdrawalCheckIn>> withdrawals, List<Deleted<Note>> notes) {

    public boolean isEmpty() {
        return checkIns.isEmpty() && doses.isEmpty() && substances.isEmpty() && withdrawals.isEmpty() && notes.isEmpty();
    }
}
