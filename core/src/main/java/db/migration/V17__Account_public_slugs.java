package db.migration;

import io.dossier.core.service.AccountService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Accounts stop publishing their logins: every account whose public slug ({@code /author/slug/},
 * the API's users) is its login, or made from it, gets one made from the name shown on posts
 * (AccountService.publicSlug, the rule new accounts follow); a name shown on posts that is the
 * login becomes "Staff". In Java because the slug rule is Java's (Slugs), not SQL's.
 */
public class V17__Account_public_slugs extends BaseJavaMigration {

    private record Account(long id, String login, String displayName, String slug) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<Account> accounts = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select id, login, display_name, slug from user_account order by id")) {
            while (rows.next()) {
                Account a = new Account(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4));
                accounts.add(a);
                slugs.add(a.slug());
            }
        }
        try (PreparedStatement update =
                c.prepareStatement("update user_account set display_name = ?, slug = ? where id = ?")) {
            for (Account a : accounts) {
                String name = a.displayName().strip().equalsIgnoreCase(a.login().strip()) ? "Staff" : a.displayName();
                String slug = a.slug();
                if (AccountService.revealsLogin(slug, a.login())) {
                    slugs.remove(slug);
                    slug = AccountService.publicSlug(name, a.login(), slugs::contains);
                    slugs.add(slug);
                }
                if (!name.equals(a.displayName()) || !slug.equals(a.slug())) {
                    update.setString(1, name);
                    update.setString(2, slug);
                    update.setLong(3, a.id());
                    update.executeUpdate();
                }
            }
        }
    }
}
