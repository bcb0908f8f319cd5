package app.mitra.legal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void namesCompareWithoutCaseAccentsDotsOrApostrophes() {
        assertThat(Names.normal("  Washington, D.C. ")).isEqualTo("washington dc");
        assertThat(Names.normal("Martha’s Vineyard")).isEqualTo("marthas vineyard");
        assertThat(Names.normal("Sant Julià de Lòria")).isEqualTo("sant julia de loria");
        assertThat(Names.normal("Solana Beach,CA 92075")).isEqualTo("solana beach ca 92075");
        assertThat(Names.normal("Spokane-Valley")).isEqualTo("spokane valley");
    }

    @Test
    void aLocalityRowIsKnownByItsOwnNameWithoutStateOrRemarks() {
        assertThat(Names.localName("San Diego (city), California")).isEqualTo("san diego");
        assertThat(Names.localName("Orange County (unincorporated areas), California")).isEqualTo("orange county");
        assertThat(Names.localName("Edgartown, Massachusetts (Martha's Vineyard)")).isEqualTo("edgartown");
    }
}
