package org.campcoplanner.base;

import org.campcoplanner.planning.format.CredentialNames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Credentials read as names in the reader's language, and whatever anyone types in either language becomes the type. */
class CredentialTypesTest {

    @Test
    void knownTypesReadAsTheirNamesInEachLanguage() {
        assertThat(TestTexts.english(CredentialNames.text("VULNERABLE_SECTOR_CHECK"))).isEqualTo("Police check (vulnerable sector)");
        assertThat(TestTexts.french(CredentialNames.text("FIRST_AID"))).isEqualTo("Premiers soins");
    }

    @Test
    void aCampsOwnTypeReadsAsItsWordsInEveryLanguage() {
        assertThat(TestTexts.english(CredentialNames.text("BOAT_LICENCE"))).isEqualTo("Boat licence");
        assertThat(TestTexts.french(CredentialNames.text("BOAT_LICENCE"))).isEqualTo("Boat licence");
    }

    @Test
    void whatSomeoneTypesInEitherLanguageBecomesTheType() {
        assertThat(CredentialTypes.of("police check (Vulnerable Sector)")).isEqualTo("VULNERABLE_SECTOR_CHECK");
        assertThat(CredentialTypes.of(" first aid ")).isEqualTo("FIRST_AID");
        assertThat(CredentialTypes.of("premiers SOINS")).isEqualTo("FIRST_AID");
        assertThat(CredentialTypes.of("Sauveteur")).isEqualTo("LIFEGUARD");
        assertThat(CredentialTypes.of("FIRST_AID")).isEqualTo("FIRST_AID");
        assertThat(CredentialTypes.of("first_aid")).isEqualTo("FIRST_AID");
        assertThat(CredentialTypes.of("Boat licence")).isEqualTo("BOAT_LICENCE");
    }

    @Test
    void everyNameTurnsBackIntoItsType() {
        for (String type : List.of("VULNERABLE_SECTOR_CHECK", "FIRST_AID", "LIFEGUARD", "CPR", "BOAT_LICENCE")) {
            assertThat(CredentialTypes.of(TestTexts.english(CredentialNames.text(type)))).isEqualTo(type);
            assertThat(CredentialTypes.of(TestTexts.french(CredentialNames.text(type)))).isEqualTo(type);
        }
    }
}
