package org.campcoplanner;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The login page as a person uses it in the browser tests: both fields typed, then Enter. */
final class LoginPage {

    private static final By USERNAME = By.cssSelector("vaadin-text-field[name='username'] input");
    private static final By PASSWORD = By.cssSelector("vaadin-password-field[name='password'] input");
    private static final int TRIES = 3;

    private LoginPage() {
    }

    /**
     * Types the account and password and presses Enter. The form ignores Enter while a field it checks
     * is empty, and on a busy machine the form may still be setting itself up when the first keys
     * arrive, or a sign-in it sent may be lost; so the keys are typed again until the form holds
     * both values and the sign-in is answered.
     */
    static void signIn(WebDriver browser, WebDriverWait wait, String account, String password) {
        wait.until(ExpectedConditions.presenceOfElementLocated(USERNAME));
        for (int tried = 1; ; tried++) {
            try {
                browser.findElement(USERNAME).clear();
                browser.findElement(USERNAME).sendKeys(account);
                browser.findElement(PASSWORD).clear();
                browser.findElement(PASSWORD).sendKeys(password);
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                        account.equals(fieldValue(driver, "username")) && password.equals(fieldValue(driver, "password")));
                browser.findElement(PASSWORD).sendKeys(Keys.ENTER);
                // on a busy machine a sign-in is now and then lost: the Enter never sends, or the form
                // sends and comes back enabled, without an error, still on the login page
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> answered(driver));
                return;
            } catch (StaleElementReferenceException | TimeoutException e) {
                if (tried == TRIES) {
                    throw new AssertionError("The login form did not take the typed account and password", e);
                }
            }
        }
    }

    /** The sign-in has an answer: the browser left the login page, or the form says the account or password is wrong. */
    private static boolean answered(WebDriver browser) {
        return !browser.getCurrentUrl().contains("/login") || Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("const form = document.querySelector('vaadin-login-form');"
                        + "return form ? form.error : false;"));
    }

    /** Where the browser is and what the login form says, for a test that waited in vain. */
    static String state(WebDriver browser) {
        Object error = ((JavascriptExecutor) browser).executeScript(
                "const form = document.querySelector('vaadin-login-form');"
                        + "return form ? 'error ' + form.error + ', disabled ' + form.disabled : 'no login form';");
        return "at " + browser.getCurrentUrl() + " (" + error + ")";
    }

    private static Object fieldValue(WebDriver browser, String name) {
        return ((JavascriptExecutor) browser).executeScript(
                "const field = document.querySelector(\"vaadin-login-form [name='\" + arguments[0] + \"']\");"
                        + "return field ? field.value : null;", name);
    }
}
