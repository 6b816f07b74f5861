package io.dossier.dist;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page objects for the back office: what a user does on each screen, in the user's words, so
 * that the tests read as journeys and the selectors live in one place.
 */
final class AdminPages {

    private AdminPages() {
    }

    /** Waits for PrimeFaces' Ajax to settle and for a message to appear. */
    static String awaitMessage(WebDriver browser, String containing) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-messages, .ui-message"), containing));
        return messages(browser);
    }

    static String messages(WebDriver browser) {
        return String.join("\n", browser.findElements(By.cssSelector(".ui-messages, .ui-message")).stream()
                .map(WebElement::getText).toList());
    }

    /** Chooses an option of a select menu by its label. */
    static void choose(WebDriver browser, String menuId, String label) {
        new Select(browser.findElement(By.id(menuId))).selectByVisibleText(label);
    }

    static List<String> options(WebDriver browser, String menuId) {
        return new Select(browser.findElement(By.id(menuId))).getOptions().stream().map(WebElement::getText).toList();
    }

    record Login(WebDriver browser, RunningDossier dossier) {

        Login open() {
            browser.get(dossier.url("/admin/login").toString());
            return this;
        }

        /** Logs in; returns the messages shown if the login page is still there. */
        String as(String login, String password) {
            browser.findElement(By.id("login:username")).clear();
            browser.findElement(By.id("login:username")).sendKeys(login);
            browser.findElement(By.id("login:password")).sendKeys(password);
            browser.findElement(By.id("login:submit")).click();
            return browser.getCurrentUrl().contains("/admin/login") ? messages(browser) : "";
        }
    }

    record Editor(WebDriver browser, RunningDossier dossier) {

        Editor openNew() {
            browser.get(dossier.url("/admin/post").toString());
            return this;
        }

        Editor open(String url) {
            browser.get(url);
            return this;
        }

        Editor title(String title) {
            WebElement input = browser.findElement(By.id("editor:title"));
            input.clear();
            input.sendKeys(title);
            return this;
        }

        /** Types into the rich-text editor. */
        Editor text(String text) {
            WebElement body = browser.findElement(By.cssSelector("#editor\\:bodyVisual .ql-editor"));
            body.click();
            body.sendKeys(text);
            return this;
        }

        /** Adds a tag by typing its name and picking the first suggestion (the typed name itself when new). */
        Editor tag(String name) {
            WebElement input = browser.findElement(By.id("editor:tags_input"));
            input.sendKeys(name);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//*[@id='editor:tags_panel']//li[normalize-space(.)='" + name + "']"))).click();
            return this;
        }

        Editor category(String name) {
            browser.findElement(By.xpath("//*[@id='editor:categories']//label[normalize-space(.)='" + name + "']")).click();
            return this;
        }

        Editor status(String label) {
            choose(browser, "editor:status", label);
            return this;
        }

        List<String> statuses() {
            return options(browser, "editor:status");
        }

        String save(String expectedMessage) {
            browser.findElement(By.id("editor:save")).click();
            return awaitMessage(browser, expectedMessage);
        }

        String viewLink() {
            return new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("editor:view"))).getAttribute("href");
        }

        void reloadLatest() {
            browser.findElement(By.id("editor:reload")).click();
            awaitMessage(browser, "Loaded the latest version");
        }

        String currentTitle() {
            return browser.findElement(By.id("editor:title")).getAttribute("value");
        }
    }

    record Users(WebDriver browser, RunningDossier dossier) {

        Users open() {
            browser.get(dossier.url("/admin/users").toString());
            return this;
        }

        String add(String login, String name, String role, String password) {
            browser.findElement(By.id("add:login")).sendKeys(login);
            browser.findElement(By.id("add:displayName")).sendKeys(name);
            choose(browser, "add:role", role);
            browser.findElement(By.id("add:password")).sendKeys(password);
            browser.findElement(By.id("add:create")).click();
            return awaitMessage(browser, login);
        }

        private WebElement roleMenu(String login) {
            return browser.findElement(By.xpath("//*[@id='table:accounts']//tr[td[1][normalize-space(.)='" + login + "']]//select"));
        }

        String changeRole(String login, String role) {
            new Select(roleMenu(login)).selectByVisibleText(role);
            return awaitMessage(browser, "is now");
        }

        String roleOf(String login) {
            return new Select(roleMenu(login)).getFirstSelectedOption().getText();
        }
    }
}
