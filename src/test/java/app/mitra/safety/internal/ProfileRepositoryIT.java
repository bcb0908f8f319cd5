package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import app.mitra.safety.HealthProfile;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.TestDatabase;
import tools.jackson.databind.json.JsonMapper;

@OnBothDatabases
class ProfileRepositoryIT {

    @Parameter
    TestDatabase database;

    @Test
    void aProfileComesBackAsSavedAndASecondSaveReplacesIt() {
        ProfileRepository profiles = new ProfileRepository(database.jdbc(), JsonMapper.builder().build());
        UUID ana = database.person();
        UUID ben = database.person();
        HealthProfile first = new HealthProfile("Europe/Lisbon", 44, List.of("fibromyalgia", "22 weeks pregnant"),
                List.of("Xanax 0.5 mg as needed", "Percocet 10/325 every 6 hours"), List.of("beer, about six a day"),
                "US-TX", 6000, 4);
        profiles.save(ana, first, 1L);
        assertThat(profiles.find(ana, "Europe/Lisbon")).contains(first);
        assertThat(profiles.find(ben, "UTC")).isEmpty();

        HealthProfile second = new HealthProfile("Europe/Lisbon", null, List.of(), List.of("ibuprofen"), List.of(),
                null, null, null);
        profiles.save(ana, second, 2L);
        assertThat(profiles.find(ana, "Europe/Lisbon")).contains(second);
    }
}
