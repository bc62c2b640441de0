package org.campcoplanner.base.api;

import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.base.TestTexts;
import org.campcoplanner.people.PersonChangedMeanwhileException;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refused form and a change that met someone else's are answered in the language of the call's
 * Accept-Language, in English without one; the JSON keeps its shape.
 */
class RefusalsInTheCallersLanguageTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Refusing())
            .setControllerAdvice(new InvalidFormAdvice(TestTexts.texts()), new ChangedMeanwhileAdvice(TestTexts.texts()))
            .build();

    @Test
    void aRefusedFormIsAnsweredInEnglishWithoutAcceptLanguage() throws Exception {
        mvc.perform(get("/refused-form"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("newPassword: Use at least 12 characters"))
                .andExpect(jsonPath("$.problems[0].field").value("newPassword"))
                .andExpect(jsonPath("$.problems[0].message").value("Use at least 12 characters"));
    }

    @Test
    void aRefusedFormIsAnsweredInFrenchForAFrenchCaller() throws Exception {
        mvc.perform(get("/refused-form").header("Accept-Language", "fr-CA"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("newPassword : Utilisez au moins 12 caractères"))
                .andExpect(jsonPath("$.problems[0].field").value("newPassword"))
                .andExpect(jsonPath("$.problems[0].message").value("Utilisez au moins 12 caractères"));
    }

    @Test
    void aChangeMetByAnotherIsAnsweredInTheCallersLanguage() throws Exception {
        mvc.perform(get("/changed-meanwhile"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("Noah Smyth was changed by someone else meanwhile (name, phone)."
                        + " Your changes were not saved; reload to see theirs."));
        mvc.perform(get("/changed-meanwhile").header("Accept-Language", "fr-CA"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("Quelqu'un d'autre a modifié Noah Smyth entre-temps (nom, téléphone)."
                        + " Vos modifications n'ont pas été enregistrées; rechargez la page pour voir les siennes."));
    }

    @RestController
    static class Refusing {

        @GetMapping("/refused-form")
        void refusedForm() {
            throw new InvalidFormException(List.of(FieldProblem.of("newPassword", "account.problem.password-short", 12)));
        }

        @GetMapping("/changed-meanwhile")
        void changedMeanwhile() {
            throw new PersonChangedMeanwhileException("Noah Smyth", List.of("name", "phone"));
        }
    }
}
