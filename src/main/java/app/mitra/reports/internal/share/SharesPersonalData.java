package app.mitra.reports.internal.share;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.mitra.accounts.PersonalTables;

/** Account deletion reaches the share links and their view log. */
@Component
class SharesPersonalData extends PersonalTables {

    SharesPersonalData(JdbcClient jdbc) {
        super(jdbc, "reports_share_view", "reports_share");
    }
}
