package org.campcoplanner.planning.format;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialNamesTest {

    @Test
    void knownTypesReadAsTheirNames() {
        assertThat(CredentialNames.name("VULNERABLE_SECTOR_CHECK")).isEqualTo("Police check (vulnerable sector)");
        assertThat(CredentialNames.names(List.of("FIRST_AID", "LIFEGUARD"))).isEqualTo("First aid, Lifeguard");
    }

    @Test
    void aCampsOwnTypeReadsAsWords() {
        assertThat(CredentialNames.name("BOAT_LICENCE")).isEqualTo("Boat licence");
    }

    @Test
    void whatSomeoneTypesBecomesTheType() {
        assertThat(CredentialNames.type("police check (Vulnerable Sector)")).isEqualTo("VULNERABLE_SECTOR_CHECK");
        assertThat(CredentialNames.type(" first aid ")).isEqualTo("FIRST_AID");
        assertThat(CredentialNames.type("FIRST_AID")).isEqualTo("FIRST_AID");
        assertThat(CredentialNames.type("Boat licence")).isEqualTo("BOAT_LICENCE");
    }

    @Test
    void everyNameTurnsBackIntoItsType() {
        for (String type : List.of("VULNERABLE_SECTOR_CHECK", "FIRST_AID", "LIFEGUARD", "CPR", "BOAT_LICENCE")) {
            assertThat(CredentialNames.type(CredentialNames.name(type))).isEqualTo(type);
        }
    }
}
