package app.mitra.safety.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.mitra.accounts.PersonalTables;

/** Account deletion reaches safety: the health profile, findings with the doses that raised them, and the taper plan. */
@Component
class SafetyPersonalData extends PersonalTables {

    SafetyPersonalData(JdbcClient jdbc) {
        super(jdbc, "safety_profile", "safety_finding_dose", "safety_finding", "safety_taper");
    }
}
