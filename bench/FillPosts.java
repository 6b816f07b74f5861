import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's bulk path: adds N published posts to a stopped Dossier's H2 database, with
 * realistic lengths, 1–2 categories, 2–8 tags and 1–2 credits each drawn from what the demo
 * content created. Run with the H2 jar of the unpacked application on the class path:
 *
 *   java -cp data/work/ROOT/WEB-INF/lib/h2-2.2.224.jar bench/FillPosts.java data/db/dossier 10000
 *
 * Ids come from the application's own sequence, so the site keeps working afterwards.
 */
public class FillPosts {

    private static final String[] WORDS = ("regime lobby council sanctions congress filing donation charity meeting "
            + "ambassador survey diaspora influence registration report court memo network media press election "
            + "human rights policy committee briefing foundation consultant contract minister trade nuclear").split(" ");

    public static void main(String[] args) throws Exception {
        String db = args[0];
        int n = Integer.parseInt(args[1]);
        Random random = new Random(42);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "dossier", "dossier")) {
            c.setAutoCommit(false);
            List<Long> categories = ids(c, "select id from category");
            List<Long> tags = ids(c, "select id from tag");
            List<Long> people = ids(c, "select id from person");
            List<Long> authors = ids(c, "select id from user_account");
            long next = reserve(c, n * 4L + 100);
            Instant now = Instant.now();
            try (PreparedStatement post = c.prepareStatement("insert into post (id, version, created_at, updated_at, title, slug, body,"
                    + " summary, status, published_at, author_id, primary_category_id, sticky) values (?,1,?,?,?,?,?,?,'PUBLISHED',?,?,?,false)");
                 PreparedStatement postCategory = c.prepareStatement("insert into post_category (post_id, category_id) values (?,?)");
                 PreparedStatement postTag = c.prepareStatement("insert into post_tag (post_id, tag_id) values (?,?)");
                 PreparedStatement credit = c.prepareStatement("insert into credit (id, version, created_at, updated_at, post_id,"
                         + " person_id, role, position) values (?,1,?,?,?,?,'Reporter',?)")) {
                for (int i = 0; i < n; i++) {
                    long id = next++;
                    Instant published = now.minus(1 + random.nextInt(365 * 12), ChronoUnit.DAYS).minusSeconds(random.nextInt(86_400));
                    String title = sentence(random, 5 + random.nextInt(7));
                    StringBuilder body = new StringBuilder();
                    int paragraphs = 3 + random.nextInt(8);
                    for (int p = 0; p < paragraphs; p++) {
                        body.append("<p>").append(sentence(random, 40 + random.nextInt(60))).append("</p>\n");
                    }
                    long category = categories.get(random.nextInt(categories.size()));
                    Timestamp at = Timestamp.from(published);
                    post.setLong(1, id);
                    post.setTimestamp(2, at);
                    post.setTimestamp(3, at);
                    post.setString(4, title);
                    post.setString(5, "bench-" + id + "-" + title.toLowerCase().replace(' ', '-').substring(0, Math.min(60, title.length())));
                    post.setString(6, body.toString());
                    post.setString(7, body.substring(3, Math.min(300, body.length())).replaceAll("<[^>]*>", " "));
                    post.setTimestamp(8, at);
                    post.setLong(9, authors.get(random.nextInt(authors.size())));
                    post.setLong(10, category);
                    post.addBatch();
                    postCategory.setLong(1, id);
                    postCategory.setLong(2, category);
                    postCategory.addBatch();
                    for (long tag : pick(random, tags, 2 + random.nextInt(7))) {
                        postTag.setLong(1, id);
                        postTag.setLong(2, tag);
                        postTag.addBatch();
                    }
                    int position = 0;
                    for (long person : pick(random, people, 1 + random.nextInt(2))) {
                        credit.setLong(1, next++);
                        credit.setTimestamp(2, at);
                        credit.setTimestamp(3, at);
                        credit.setLong(4, id);
                        credit.setLong(5, person);
                        credit.setInt(6, position++);
                        credit.addBatch();
                    }
                    if (i % 1000 == 999 || i == n - 1) {
                        post.executeBatch();
                        postCategory.executeBatch();
                        postTag.executeBatch();
                        credit.executeBatch();
                        c.commit();
                    }
                }
            }
            System.out.println("Added " + n + " posts");
        }
    }

    /** Moves the application's sequence past a block of ids and returns its start. */
    private static long reserve(Connection c, long count) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select next value for dossier_seq")) {
            r.next();
            long start = r.getLong(1);
            s.execute("alter sequence dossier_seq restart with " + (start + count + 1000));
            return start;
        }
    }

    private static List<Long> ids(Connection c, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static List<Long> pick(Random random, List<Long> from, int count) {
        List<Long> copy = new ArrayList<>(from);
        List<Long> picked = new ArrayList<>();
        for (int i = 0; i < Math.min(count, copy.size()); i++) {
            picked.add(copy.remove(random.nextInt(copy.size())));
        }
        return picked;
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i < words - 1 ? " " : "");
        }
        return s.toString();
    }
}
