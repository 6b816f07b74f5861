package io.dossier.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Moving a WordPress site in with {@code bin/dossier import FILE}, as a site owner does: the real
 * export from WordPress 6.1 arrives completely and every old address answers (200, or 301 to the
 * page), the site's export of everything brings it all into an empty site, and a large import
 * killed with SIGKILL halfway is completed by running the command again, with no duplicates.
 */
class ImportIT {

    private static final Path WXR = Path.of("..", "core", "src", "test", "resources", "wxr", "wxr-20.xml");
    private static final int LARGE = 3000;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aWordPressSiteMovesInWithOneCommandAndKeepsEveryAddress() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "dist-import-it-");
        try (RunningDossier dossier = new RunningDossier(Path.of(System.getProperty("dossier.dist")), work)) {
            String first = run(dossier, work.resolve("import-1.log"), WXR);
            assertTrue(first.matches("(?s).*import: posts\\s+20\\s+0\\s+0.*"), first);
            assertTrue(first.matches("(?s).*import: pages\\s+20\\s+0\\s+0.*"), first);
            assertTrue(first.matches("(?s).*import: tags\\s+30\\s+0\\s+0.*"), first);
            assertTrue(first.contains("import: 28 comments counted, not imported"), first);
            assertTrue(
                    first.matches("(?s).*import: 20 posts in [0-9.]+ s \\([0-9.]+ posts/s\\), peak heap \\d+ MiB.*"),
                    first);
            System.out.println(
                    first.lines().filter(l -> l.contains("posts/s")).findFirst().orElseThrow());

            // Moving out: the site archive (the export of everything and the media files), imported into an empty site,
            // brings it all back.
            // (Idempotency and the WXR round trip are proven in ImportContract; each command here boots
            // Payara, so the test keeps to the commands a site owner runs.)
            Path json = work.resolve("export.zip");
            finish(
                    dossier.command(work.resolve("export.log"), "export", "--format", "archive", json.toString()),
                    work.resolve("export.log"));
            Path elsewhere = Files.createTempDirectory(Path.of("target"), "dist-import-it-empty-");
            try (RunningDossier empty = new RunningDossier(dossier.home, elsewhere)) {
                String moved = run(empty, elsewhere.resolve("import.log"), json);
                for (String kind :
                        List.of("posts\\s+20", "pages\\s+20", "tags\\s+30", "categories\\s+2", "people\\s+3")) {
                    assertTrue(moved.matches("(?s).*import: " + kind + "\\s+0\\s+0.*"), kind + ": " + moved);
                }
            }

            // A large export, killed with SIGKILL a third of the way in, then run again.
            Path large = work.resolve("large.xml");
            Files.writeString(large, largeExport(Files.readString(WXR), LARGE));
            Path killedLog = work.resolve("import-killed.log");
            Process killed = dossier.command(killedLog, "import", large.toString());
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!Files.readString(killedLog).contains("import: 30%")
                    && killed.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(killed.isAlive(), "still importing at 30%: " + Files.readString(killedLog));
            killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            String resumed = run(dossier, work.resolve("import-resumed.log"), large);
            System.out.println(resumed.lines()
                    .filter(l -> l.contains("posts/s"))
                    .findFirst()
                    .orElseThrow());
            Matcher posts =
                    Pattern.compile("import: posts\\s+(\\d+)\\s+(\\d+)\\s+0").matcher(resumed);
            assertTrue(posts.find(), resumed);
            assertTrue(Integer.parseInt(posts.group(2)) > 0, "what the killed run finished is kept: " + resumed);
            assertTrue(
                    resumed.matches("(?s).*import: menus\\s+0\\s+0\\s+0.*") || !resumed.contains("import: menus"),
                    "a menu named without items leaves the site's menu alone: " + resumed);
            assertEquals(LARGE, Integer.parseInt(posts.group(1)) + Integer.parseInt(posts.group(2)), resumed);

            dossier.start(Map.of());
            HttpResponse<String> list = get(dossier, "/api/v1/posts");
            String total = list.headers().firstValue("X-Total-Count").orElseThrow();
            if (!total.equals(String.valueOf(20 + LARGE))) {
                throw new AssertionError("every post once, none twice: " + total + " public posts; " + missing(dossier)
                        + "\nresumed run:\n" + resumed);
            }

            int direct = 0;
            int redirected = 0;
            for (String[] item : items(Files.readString(WXR))) {
                String oldPath = URI.create(item[2]).getRawPath();
                HttpResponse<String> response = get(dossier, oldPath);
                if (response.statusCode() == 301) {
                    String to = URI.create(
                                    response.headers().firstValue("Location").orElseThrow())
                            .getRawPath();
                    assertEquals(200, get(dossier, to).statusCode(), oldPath + " -> " + to);
                    redirected++;
                } else {
                    assertEquals(200, response.statusCode(), item[0] + " " + oldPath);
                    direct++;
                }
                String legacy = (item[0].equals("post") ? "/?p=" : "/?page_id=") + item[1];
                assertEquals(301, get(dossier, legacy).statusCode(), legacy);
            }
            assertEquals(40, direct + redirected);
            assertTrue(direct >= 20, "pages and most posts keep their very address: " + direct);

            Document home = Jsoup.parse(get(dossier, "/").body());
            assertEquals(
                    "National Iranian-American Council (NIAC)",
                    home.select("nav a[href=/national-iranian-american-council-niac/]")
                            .first()
                            .text());
            Document post = Jsoup.parse(get(dossier, "/category/news/").body());
            assertTrue(post.select("article.entry-card").size() > 0);
        }
    }

    /** Which generated posts the public list lacks or repeats, for a failure to say what went wrong. */
    private String missing(RunningDossier dossier) throws Exception {
        Map<Integer, Integer> seen = new TreeMap<>();
        for (int page = 1; page <= (20 + LARGE) / 100 + 2; page++) {
            Matcher m = Pattern.compile("Generated post (\\d+)")
                    .matcher(get(dossier, "/api/v1/posts?per_page=100&fields=title&page=" + page)
                            .body());
            while (m.find()) {
                seen.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        List<String> odd = new ArrayList<>();
        for (int i = 0; i < LARGE; i++) {
            int times = seen.getOrDefault(i, 0);
            if (times != 1) {
                odd.add("Generated post " + i + " listed " + times + " times, its address answers "
                        + get(dossier, "/generated-" + i + "/").statusCode());
            }
        }
        return odd.toString();
    }

    private String run(RunningDossier dossier, Path log, Path file) throws Exception {
        return finish(dossier.command(log, "import", file.toString()), log);
    }

    /** The command's output once it exited 0; if it hangs, its threads go into the failure, for the next look. */
    private static String finish(Process process, Path log) throws Exception {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            Process dump = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(process.pid()),
                            "Thread.print")
                    .redirectErrorStream(true)
                    .start();
            String threads = new String(dump.getInputStream().readAllBytes());
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            List<String> output = Files.readAllLines(log);
            throw new AssertionError("bin/dossier did not finish within 5 minutes; the end of its output:\n"
                    + String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size()))
                    + "\nits busy threads:\n" + busyThreads(threads));
        }
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** The threads of a dump that run Dossier's code, are blocked, or deadlock: the rest is the idle server. */
    private static String busyThreads(String dump) {
        return Pattern.compile("\\n\\s*\\n")
                .splitAsStream(dump)
                .filter(t -> t.contains("io.dossier")
                        || t.contains("BLOCKED")
                        || t.contains("deadlock")
                        || t.contains("Deployment")
                        || t.contains("deploy"))
                .collect(Collectors.joining("\n\n"));
    }

    private HttpResponse<String> get(RunningDossier dossier, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(dossier.url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Type, WordPress ID and link of each post and page in the file. */
    private static List<String[]> items(String wxr) {
        List<String[]> items = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<item>.*?<link>(.*?)</link>.*?<wp:post_id>(\\d+)</wp:post_id>.*?"
                        + "<wp:post_type><!\\[CDATA\\[(\\w+)]]>")
                .matcher(wxr);
        while (m.find()) {
            if (!m.group(3).equals("nav_menu_item")) {
                items.add(new String[] {m.group(3), m.group(2), m.group(1)});
            }
        }
        return items;
    }

    /** The real export's authors and terms with {@code count} generated posts instead of its items. */
    private static String largeExport(String wxr, int count) {
        String head = wxr.substring(0, wxr.indexOf("<item>"));
        StringBuilder out = new StringBuilder(head);
        String text =
                "<p>Generated paragraph for the import test, long enough to be like a short news item. ".repeat(12)
                        + "</p>";
        for (int i = 0; i < count; i++) {
            long id = 100_000 + i;
            String date = "2015-%02d-%02d %02d:%02d:00".formatted(1 + i % 12, 1 + i % 28, i % 24, i % 60);
            out.append("<item><title><![CDATA[Generated post ")
                    .append(i)
                    .append("]]></title>")
                    .append("<link>http://127.0.0.1:8081/generated-")
                    .append(i)
                    .append("/</link>")
                    .append("<dc:creator><![CDATA[roya]]></dc:creator>")
                    .append("<content:encoded><![CDATA[")
                    .append(text)
                    .append("]]></content:encoded>")
                    .append("<excerpt:encoded><![CDATA[]]></excerpt:encoded>")
                    .append("<wp:post_id>")
                    .append(id)
                    .append("</wp:post_id>")
                    .append("<wp:post_date><![CDATA[")
                    .append(date)
                    .append("]]></wp:post_date>")
                    .append("<wp:post_date_gmt><![CDATA[")
                    .append(date)
                    .append("]]></wp:post_date_gmt>")
                    .append("<wp:post_name><![CDATA[generated-post-")
                    .append(i)
                    .append("]]></wp:post_name>")
                    .append("<wp:status><![CDATA[publish]]></wp:status><wp:post_parent>0</wp:post_parent>")
                    .append("<wp:menu_order>0</wp:menu_order><wp:post_type><![CDATA[post]]></wp:post_type>")
                    .append("<wp:is_sticky>0</wp:is_sticky>")
                    .append("<category domain=\"category\" nicename=\"news\"><![CDATA[News]]></category>")
                    .append("<category domain=\"post_tag\" nicename=\"sanctions\"><![CDATA[Sanctions]]></category>")
                    .append("</item>\n");
        }
        return out.append("</channel>\n</rss>\n").toString();
    }
}
