import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a WordPress export (WXR 1.2) of N generated posts, for measuring the import at scale:
 * three authors, twelve categories, 300 tags, posts of about 1.7 KB with two categories and five
 * tags each, a comment on every tenth. Usage: java bench/GenerateWxr.java FILE N
 */
public class GenerateWxr {

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int posts = Integer.parseInt(args[1]);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                      xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel><title>Generated</title><link>http://old.example</link>
                    <wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>http://old.example</wp:base_site_url>
                    """);
            for (String login : new String[] {"ana", "ben", "cy"}) {
                out.write("<wp:author><wp:author_id>" + login.length() + "</wp:author_id><wp:author_login><![CDATA["
                        + login + "]]></wp:author_login><wp:author_display_name><![CDATA[" + login.toUpperCase()
                        + " Writer]]></wp:author_display_name></wp:author>\n");
            }
            for (int c = 0; c < 12; c++) {
                out.write("<wp:category><wp:term_id>" + (10 + c) + "</wp:term_id><wp:category_nicename><![CDATA[section-"
                        + c + "]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name>"
                        + "<![CDATA[Section " + c + "]]></wp:cat_name></wp:category>\n");
            }
            for (int t = 0; t < 300; t++) {
                out.write("<wp:tag><wp:term_id>" + (100 + t) + "</wp:term_id><wp:tag_slug><![CDATA[topic-" + t
                        + "]]></wp:tag_slug><wp:tag_name><![CDATA[Topic " + t + "]]></wp:tag_name></wp:tag>\n");
            }
            String paragraph = "Officials and analysts met again this week to discuss the filings, the money behind them"
                    + " and who knew what when; the record is longer than the statements suggest. ";
            for (int i = 0; i < posts; i++) {
                String date = "%04d-%02d-%02d %02d:%02d:00".formatted(2005 + i % 20, 1 + i % 12, 1 + i % 28, i % 24, i % 60);
                out.write("<item><title><![CDATA[Generated report " + i + "]]></title><link>http://old.example/report-" + i
                        + "/</link><dc:creator><![CDATA[" + (i % 3 == 0 ? "ana" : i % 3 == 1 ? "ben" : "cy")
                        + "]]></dc:creator><content:encoded><![CDATA[" + (paragraph.repeat(3) + "\n\n").repeat(3)
                        + "]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>" + (1000 + i)
                        + "</wp:post_id><wp:post_date><![CDATA[" + date + "]]></wp:post_date><wp:post_date_gmt><![CDATA["
                        + date + "]]></wp:post_date_gmt><wp:post_name><![CDATA[generated-report-" + i
                        + "]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_parent>0</wp:post_parent>"
                        + "<wp:menu_order>0</wp:menu_order><wp:post_type><![CDATA[post]]></wp:post_type>"
                        + "<wp:is_sticky>0</wp:is_sticky>");
                out.write("<category domain=\"category\" nicename=\"section-" + i % 12 + "\"><![CDATA[Section " + i % 12
                        + "]]></category><category domain=\"category\" nicename=\"section-" + (i + 5) % 12
                        + "\"><![CDATA[Section " + (i + 5) % 12 + "]]></category>");
                for (int t = 0; t < 5; t++) {
                    int tag = (i * 7 + t * 61) % 300;
                    out.write("<category domain=\"post_tag\" nicename=\"topic-" + tag + "\"><![CDATA[Topic " + tag
                            + "]]></category>");
                }
                if (i % 10 == 0) {
                    out.write("<wp:comment><wp:comment_id>" + i + "</wp:comment_id><wp:comment_content><![CDATA[Thanks."
                            + "]]></wp:comment_content></wp:comment>");
                }
                out.write("</item>\n");
            }
            out.write("</channel>\n</rss>\n");
        }
    }
}
