package app.mitra.journal.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.mitra.accounts.PersonalTables;

/**
 * Account deletion reaches the journal: check-ins, doses, other substances, withdrawal check-ins, notes, and
 * whatever of them was deleted within the day.
 */
@Component
class JournalPersonalData extends PersonalTables {

    JournalPersonalData(JdbcClient jdbc) {
        super(jdbc, "journal_checkin", "journal_dose", "journal_substance", "journal_withdrawal", "journal_note",
                "journal_checkin_deleted", "journal_dose_deleted", "journal_substance_deleted",
                "journal_withdrawal_deleted", "journal_note_deleted");
    }
}
