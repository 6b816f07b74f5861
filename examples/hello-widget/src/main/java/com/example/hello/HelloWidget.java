package com.example.hello;

import io.dossier.core.spi.PostLink;
import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.SettingType;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Greets the reader and points at the newest post. A CDI bean, so Dossier finds it. */
@ApplicationScoped
public class HelloWidget implements Widget {

    /** What the fragment shows. */
    public record Greeting(String text, PostLink newest) {}

    @Override
    public String id() {
        return "hello.greeting"; // "<plugin id>.<name>", as in META-INF/dossier-plugin.properties
    }

    @Override
    public int order() {
        return 1; // first in the sidebar unless the owner moves it
    }

    @Override
    public String title() {
        return "Hello";
    }

    @Override
    public String fragment() {
        return "/hello/greeting.xhtml"; // in src/main/resources/META-INF/resources
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition("name", "Whom to greet", SettingType.TEXT, "reader", null));
    }

    @Override
    public Object model(WidgetContext context) {
        List<PostLink> newest = context.site().recentPosts(1);
        return new Greeting(
                "Hello, " + context.settings().get("name") + "!", newest.isEmpty() ? null : newest.getFirst());
    }
}
