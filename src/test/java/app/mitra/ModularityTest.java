package app.mitra;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(MitraApplication.class);

    @Test
    void modulesUseEachOtherOnlyThroughTheirPublicApiWithoutCycles() {
        modules.verify();
    }

    @Test
    void theModuleDiagramsAreWrittenUnderTarget() {
        new Documenter(modules).writeDocumentation();
    }
}
