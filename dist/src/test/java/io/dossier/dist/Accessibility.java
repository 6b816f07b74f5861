package io.dossier.dist;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core (Deque's own Selenium binding) on the page the browser shows: WCAG 2.1 A and AA. */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    /** Each violation as "rule: help (n elements: first selector)"; empty when there is none. */
    static List<String> violations(WebDriver browser) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        return results.getViolations().stream().map(Accessibility::describe).collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        String first = rule.getNodes().isEmpty()
                ? ""
                : String.valueOf(rule.getNodes().getFirst().getTarget());
        return rule.getId() + ": " + rule.getHelp() + " (" + rule.getNodes().size() + " elements, first " + first + ")";
    }
}
