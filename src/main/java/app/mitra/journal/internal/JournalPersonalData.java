package app.mitra.journal.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.mitra.accounts.PersonalTables;

/** Account deletion reaches the journal: check-ins, doses, other substances, withdrawal check-ins, notes. */
@Component
class JournalPersonalData extends PersonalTables {

    JournalPersonalData(JdbcClient jdbc) {
        super(jdbc, "journal_checkin", "journal_dose", "journal_substance", "journal_withdrawal", "journal_note");
    }
}
