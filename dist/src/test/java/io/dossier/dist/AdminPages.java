package io.dossier.dist;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page objects for the back office: what a user does on each screen, in the user's words, so
 * that the tests read as journeys and the selectors live in one place.
 */
final class AdminPages {

    private AdminPages() {}

    /** Waits for PrimeFaces' Ajax to settle and for a message containing the text to appear. */
    static String awaitMessage(WebDriver browser, String containing) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(b -> messages(b).contains(containing));
        return messages(browser);
    }

    /** Clicks a button of a full-page (non-Ajax) form and waits until the next page has replaced it. */
    static void submitAndWait(WebDriver browser, String formId, String buttonId) {
        WebElement form = browser.findElement(By.id(formId));
        browser.findElement(By.id(buttonId)).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> isGone(form));
    }

    /**
     * Whether the element left the document. Chromium reports an element of a page being replaced
     * either as stale or, mid-navigation, as a node that "does not belong to the document": both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * The text of every message on the page, read in one script call: Ajax may replace the message
     * elements at any moment, and element by element the reads would race it.
     */
    static String messages(WebDriver browser) {
        Object text = ((JavascriptExecutor) browser)
                .executeScript(
                        "return Array.from(document.querySelectorAll('.ui-messages, .ui-message')).map(e => e.innerText).join('\\n');");
        return text == null ? "" : text.toString();
    }

    /** Empties the messages shown, so that waiting for the next one cannot match an earlier one. */
    static void clearMessages(WebDriver browser) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.querySelectorAll('.ui-messages, .ui-message').forEach(e => e.replaceChildren());");
    }

    /** Chooses an option of a select menu by its label. */
    static void choose(WebDriver browser, String menuId, String label) {
        new Select(browser.findElement(By.id(menuId))).selectByVisibleText(label);
    }

    static List<String> options(WebDriver browser, String menuId) {
        return new Select(browser.findElement(By.id(menuId)))
                .getOptions().stream().map(WebElement::getText).toList();
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
            submitAndWait(browser, "login", "login:submit");
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

        /** Overrides the title and description search engines and social networks get. */
        Editor seo(String title, String description) {
            browser.findElement(By.id("editor:seoTitle")).sendKeys(title);
            browser.findElement(By.id("editor:seoDescription")).sendKeys(description);
            return this;
        }

        /** Types at the end of the rich text. */
        Editor append(String text) {
            WebElement body = browser.findElement(By.cssSelector("#editor\\:bodyVisual .ql-editor"));
            body.click();
            body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), text);
            return this;
        }

        /** Waits for the periodic autosave to report that it kept the typed text. */
        String awaitAutosave() {
            // The status is re-rendered by each autosave's ajax update: read it afresh when it was replaced.
            return new WebDriverWait(browser, Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(b -> {
                        String status =
                                b.findElement(By.id("editor:autosaveStatus")).getText();
                        return status.startsWith("Autosaved at") ? status : null;
                    });
        }

        boolean offersNewerAutosave() {
            return !browser.findElements(By.id("autosaveNotice")).isEmpty();
        }

        String bodyText() {
            return browser.findElement(By.cssSelector("#editor\\:bodyVisual .ql-editor"))
                    .getText();
        }

        Revisions revisions() {
            browser.findElement(By.id("editor:revisionsLink")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("revisions")));
            return new Revisions(browser);
        }

        /** Adds a tag by typing its name and picking the first suggestion (the typed name itself when new). */
        Editor tag(String name) {
            WebElement input = browser.findElement(By.id("editor:tags_input"));
            input.sendKeys(name);
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//*[@id='editor:tags_panel']//li[normalize-space(.)='" + name + "']")))
                    .click();
            return this;
        }

        /** Adds a person to the byline with a role. */
        Editor credit(String person, String role) {
            int before =
                    browser.findElements(By.cssSelector("input[id$=':role']")).size();
            browser.findElement(By.id("editor:addCredit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.numberOfElementsToBeMoreThan(
                            By.cssSelector("input[id$=':role']"), before));
            String menu = browser.findElements(By.cssSelector("div.ui-selectonemenu[id$=':person']"))
                    .getLast()
                    .getAttribute("id");
            // Through the widget's own API: a click on its floating panel races the panel's animation.
            Object chosen = ((JavascriptExecutor) browser)
                    .executeScript(
                            "const select = document.getElementById(arguments[0] + '_input');"
                                    + "const option = Array.from(select.options).find(o => o.text === arguments[1]);"
                                    + "Object.values(PrimeFaces.widgets).find(w => w.id === arguments[0]).selectValue(option.value);"
                                    + "return select.value;",
                            menu,
                            person);
            if (chosen == null || chosen.toString().isEmpty()) {
                throw new IllegalStateException("could not choose " + person);
            }
            browser.findElements(By.cssSelector("input[id$=':role']")).getLast().sendKeys(role);
            return this;
        }

        Editor category(String name) {
            browser.findElement(By.xpath("//*[@id='editor:categories']//label[normalize-space(.)='" + name + "']"))
                    .click();
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
            clearMessages(browser);
            browser.findElement(By.id("editor:save")).click();
            return awaitMessage(browser, expectedMessage);
        }

        /** Opens the library below the text and sets the image with this alt text as the featured image. */
        Editor featureImage(String alt) {
            pickFromLibrary("Set " + alt + " as featured image");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#editor\\:featured img[alt='" + alt + "']")));
            return this;
        }

        /** Opens the library and inserts the image with this alt text at the end of the text. */
        Editor insertImage(String alt) {
            pickFromLibrary("Insert " + alt + " into the text");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#editor\\:bodyVisual .ql-editor img[alt='" + alt + "']")));
            return this;
        }

        private void pickFromLibrary(String action) {
            browser.findElement(By.id("editor:openLibrary")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("#editor\\:library a[aria-label='" + action + "']")))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("editor:openLibrary")));
        }

        String previewLink() {
            return new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("editor:preview")))
                    .getAttribute("href");
        }

        String viewLink() {
            return new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("editor:view")))
                    .getAttribute("href");
        }

        void reloadLatest() {
            browser.findElement(By.id("editor:reload")).click();
            awaitMessage(browser, "Loaded the latest version");
        }

        String currentTitle() {
            return browser.findElement(By.id("editor:title")).getAttribute("value");
        }
    }

    record Revisions(WebDriver browser) {

        /** "date by author · autosave", newest first. */
        List<String> entries() {
            return browser.findElements(By.cssSelector("ol.revision-list li")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        /** Shows the revision at this position of the list (0: newest) beside the one saved before it. */
        Revisions show(int index) {
            WebElement heading = browser.findElement(By.id("diff-heading"));
            browser.findElements(By.cssSelector("ol.revision-list li a"))
                    .get(index)
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(heading));
            return this;
        }

        List<String> lines(String change) {
            return browser.findElements(By.cssSelector(".diff-" + change + " code")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        String restore() {
            submitAndWait(browser, "revisions", "revisions:restore");
            return messages(browser);
        }
    }

    record Settings(WebDriver browser, RunningDossier dossier) {

        Settings open() {
            browser.get(dossier.url("/admin/settings").toString());
            return this;
        }

        String tagline(String tagline) {
            return change("settings:tagline", tagline);
        }

        String feedItems(int count) {
            return change("settings:feedItems", String.valueOf(count));
        }

        /** Changes one field ({@code title}, {@code tagline}, {@code footerText}, …) and saves. */
        String set(String field, String value) {
            return change("settings:" + field, value);
        }

        private String change(String inputId, String value) {
            WebElement input = browser.findElement(By.id(inputId));
            input.clear();
            input.sendKeys(value);
            clearMessages(browser);
            browser.findElement(By.id("settings:save")).click();
            return awaitMessage(browser, "Settings saved.");
        }
    }

    record Widgets(WebDriver browser, RunningDossier dossier) {

        Widgets open() {
            browser.get(dossier.url("/admin/widgets").toString());
            return this;
        }

        /** Ticks or unticks "Shown" of the widget and saves it. */
        String show(String widgetId, boolean shown) {
            WebElement form = browser.findElement(By.cssSelector("[data-widget='" + widgetId + "']"));
            WebElement box = form.findElement(By.cssSelector("input[type=checkbox][id$=':enabled']"));
            if (box.isSelected() != shown) {
                box.click();
            }
            form.findElement(By.cssSelector("button[id$=':save']")).click();
            return awaitMessage(browser, "Saved");
        }
    }

    record Plugins(WebDriver browser, RunningDossier dossier) {

        Plugins open() {
            browser.get(dossier.url("/admin/plugins").toString());
            return this;
        }

        /** Sets a yes/no setting of an extension in the "Plugin settings" forms. */
        String setting(String extensionId, String label, boolean value) {
            WebElement form = browser.findElement(
                    By.xpath("//form[.//button[@aria-label='Save the settings of " + extensionId + "']]"));
            new Select(form.findElement(
                            By.xpath(".//div[@class='field'][label[normalize-space(.)='" + label + "']]//select")))
                    .selectByVisibleText(value ? "Yes" : "No");
            clearMessages(browser);
            form.findElement(By.cssSelector("button[aria-label='Save the settings of " + extensionId + "']"))
                    .click();
            return awaitMessage(browser, "Settings of " + extensionId + " saved.");
        }

        String switchPlugin(String name, boolean on) {
            browser.findElement(
                            By.cssSelector("button[aria-label='" + (on ? "Switch on " : "Switch off ") + name + "']"))
                    .click();
            return awaitMessage(browser, name + (on ? " is on." : " is off."));
        }
    }

    record Tags(WebDriver browser, RunningDossier dossier) {

        Tags open() {
            browser.get(dossier.url("/admin/tags").toString());
            return this;
        }

        String add(String name) {
            browser.findElement(By.id("tag:name")).sendKeys(name);
            browser.findElement(By.id("tag:save")).click();
            return awaitMessage(browser, "Tag " + name + " added.");
        }

        Tags search(String text) {
            WebElement input = browser.findElement(By.id("table:text"));
            input.clear();
            input.sendKeys(text);
            browser.findElement(By.id("table:search")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("table:tags"), text));
            return this;
        }

        /** Merges tag {@code from} into tag {@code into}, picking {@code into} from the suggestions. */
        String merge(String from, String into) {
            search(from);
            browser.findElement(By.cssSelector("button[aria-label='Merge " + from + "']"))
                    .click();
            WebElement input = new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(By.id("merge:into_input")));
            input.sendKeys(into.substring(0, 5));
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//*[@id='merge:into_panel']//li[normalize-space(.)='" + into + "']")))
                    .click();
            browser.findElement(By.id("merge:apply")).click();
            return awaitMessage(browser, "merged into");
        }

        String makePerson(String name) {
            search(name);
            browser.findElement(By.cssSelector("button[aria-label='Make " + name + " a person']"))
                    .click();
            return awaitMessage(browser, "profile");
        }
    }

    record Profile(WebDriver browser, RunningDossier dossier) {

        Profile openNew() {
            browser.get(dossier.url("/admin/profile").toString());
            return this;
        }

        Profile name(String name, String kind) {
            browser.findElement(By.id("profile:name")).sendKeys(name);
            choose(browser, "profile:kind", kind);
            return this;
        }

        Profile link(String label, String url) {
            int before =
                    browser.findElements(By.cssSelector("input[id$=':url']")).size();
            browser.findElement(By.id("profile:addLink")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.numberOfElementsToBeMoreThan(
                            By.cssSelector("input[id$=':url']"), before));
            List<WebElement> labels = browser.findElements(By.cssSelector("input[id$=':label']"));
            List<WebElement> urls = browser.findElements(By.cssSelector("input[id$=':url']"));
            labels.getLast().sendKeys(label);
            urls.getLast().sendKeys(url);
            return this;
        }

        Profile bio(String text) {
            WebElement bio = browser.findElement(By.cssSelector("#profile\\:bio .ql-editor"));
            bio.click();
            bio.sendKeys(text);
            return this;
        }

        /** Opens the library and takes the image with this alt text as the photo. */
        Profile photoFromLibrary(String alt) {
            browser.findElement(By.id("profile:openLibrary")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("#profile\\:photo a[aria-label='Use " + alt + " as photo']")))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("profile:openLibrary")));
            return this;
        }

        String photoUrl() {
            return browser.findElement(By.id("profile:photoUrl")).getAttribute("value");
        }

        Profile fixLastLink(String url) {
            WebElement last =
                    browser.findElements(By.cssSelector("input[id$=':url']")).getLast();
            last.clear();
            last.sendKeys(url);
            return this;
        }

        String save(String expected) {
            browser.findElement(By.id("profile:save")).click();
            return awaitMessage(browser, expected);
        }
    }

    record MediaLibrary(WebDriver browser, RunningDossier dossier) {

        MediaLibrary open() {
            browser.get(dossier.url("/admin/media").toString());
            return this;
        }

        /** Uploads a file the way a user does; returns the messages shown afterwards. */
        String upload(Path file, String alt) {
            browser.findElement(By.id("upload:file"))
                    .sendKeys(file.toAbsolutePath().toString());
            if (!alt.isEmpty()) {
                browser.findElement(By.id("upload:alt")).sendKeys(alt);
            }
            submitAndWait(browser, "upload", "upload:send");
            return messages(browser);
        }

        /** Replaces the alt text of the library image currently described as {@code currentAlt}. */
        String describe(String currentAlt, String newAlt) {
            WebElement item =
                    browser.findElement(By.xpath("//ul[@class='media-grid']/li[img[@alt='" + currentAlt + "']]"));
            WebElement alt = item.findElement(By.cssSelector("input[id$=':alt']"));
            alt.clear();
            alt.sendKeys(newAlt);
            item.findElement(By.cssSelector("button[id$=':describe']")).click();
            return awaitMessage(browser, newAlt.isBlank() ? "alt text" : "Description saved.");
        }
    }

    record Pages(WebDriver browser, RunningDossier dossier) {

        /** Adds a published page through the page editor. */
        String add(String title) {
            browser.get(dossier.url("/admin/page").toString());
            browser.findElement(By.id("page:title")).sendKeys(title);
            choose(browser, "page:status", "Published");
            browser.findElement(By.id("page:save")).click();
            return awaitMessage(browser, "Page published.");
        }

        Pages open() {
            browser.get(dossier.url("/admin/pages").toString());
            return this;
        }

        /** Drags one page's row onto another's, the way a mouse does. */
        String dragOnto(String page, String target) {
            WebElement from = browser.findElement(
                    By.xpath("//a[contains(@class,'page-node')][normalize-space(.)='" + page + "']"));
            WebElement to = browser.findElement(
                    By.xpath("//a[contains(@class,'page-node')][normalize-space(.)='" + target + "']"));
            new Actions(browser)
                    .clickAndHold(from)
                    .moveByOffset(5, 5)
                    .moveToElement(to)
                    .moveByOffset(2, 0)
                    .release()
                    .perform();
            return awaitMessage(browser, "is now");
        }
    }

    record Menus(WebDriver browser, RunningDossier dossier) {

        Menus open() {
            browser.get(dossier.url("/admin/menus").toString());
            return this;
        }

        String addPage(String title) {
            choose(browser, "addPage:target", title);
            clearMessages(browser);
            browser.findElement(By.id("addPage:add")).click();
            return awaitMessage(browser, "Added to the menu.");
        }

        String addCategory(String name) {
            choose(browser, "addCategory:target", name);
            clearMessages(browser);
            browser.findElement(By.id("addCategory:add")).click();
            return awaitMessage(browser, "Added to the menu.");
        }

        /** Adds a custom link; returns the messages, which name what was wrong if it was refused. */
        String addLink(String label, String url, String expectedMessage) {
            WebElement address = browser.findElement(By.id("addLink:url"));
            address.clear();
            address.sendKeys(url);
            WebElement text = browser.findElement(By.id("addLink:label"));
            text.clear();
            text.sendKeys(label);
            browser.findElement(By.id("addLink:add")).click();
            return awaitMessage(browser, expectedMessage);
        }

        List<String> items() {
            return browser.findElements(By.cssSelector("#menu .menu-node")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        /** Drags one item onto another, the way a mouse does, making it a sub-item. */
        String dragOnto(String item, String target) {
            WebElement from = node(item);
            WebElement to = node(target);
            new Actions(browser)
                    .clickAndHold(from)
                    .moveByOffset(5, 5)
                    .moveToElement(to)
                    .moveByOffset(2, 0)
                    .release()
                    .perform();
            return awaitMessage(browser, "is now");
        }

        String remove(String item) {
            browser.findElement(By.xpath(
                            "//*[@id='menu']//a[contains(@class,'node-action')][@aria-label='Remove " + item + "']"))
                    .click();
            return awaitMessage(browser, "removed from the menu");
        }

        private WebElement node(String label) {
            return browser.findElement(
                    By.xpath("//span[contains(@class,'menu-node')][normalize-space(.)='" + label + "']"));
        }
    }

    record Categories(WebDriver browser, RunningDossier dossier) {

        String add(String name) {
            browser.get(dossier.url("/admin/categories").toString());
            browser.findElement(By.id("category:name")).sendKeys(name);
            browser.findElement(By.id("category:save")).click();
            return awaitMessage(browser, "Category " + name + " added.");
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
            return browser.findElement(
                    By.xpath("//*[@id='table:accounts']//tr[td[1][normalize-space(.)='" + login + "']]//select"));
        }

        String changeRole(String login, String role) {
            new Select(roleMenu(login)).selectByVisibleText(role);
            return awaitMessage(browser, "is now");
        }

        String roleOf(String login) {
            return new Select(roleMenu(login)).getFirstSelectedOption().getText();
        }

        List<String> logins() {
            return browser.findElements(By.xpath("//*[@id='table:accounts']//tbody/tr/td[1]")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        /** Deletes an account; its posts and pages go to {@code heir}. Returns the messages. */
        String delete(String login, String heir, String expected) {
            List<WebElement> open = browser.findElements(By.id("delete:reassignTo"));
            browser.findElement(By.cssSelector("button[aria-label='Delete " + login + "']"))
                    .click();
            if (!open.isEmpty()) {
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(ExpectedConditions.stalenessOf(open.getFirst()));
            }
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("delete:reassignTo")));
            if (heir != null) {
                choose(browser, "delete:reassignTo", heir);
            }
            clearMessages(browser);
            browser.findElement(By.id("delete:confirm")).click();
            return awaitMessage(browser, expected);
        }
    }
}
