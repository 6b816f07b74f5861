package io.dossier.admin.view.dashboard;

import io.dossier.core.query.ActivityRow;
import io.dossier.core.query.EditorialQueries;
import io.dossier.core.query.PostRow;
import io.dossier.core.query.PostRowFilter;
import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.vocabulary.ContentStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The dashboard: counts at a glance, the user's drafts, posts waiting for review, recent activity, posts per month. */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    private static final int LISTED = 5;

    @Inject
    EditorialQueries queries;

    @Inject
    CurrentUser user;

    private Map<ContentStatus, Long> counts;
    private List<PostRow> myDrafts;
    private List<PostRow> pending;
    private Map<String, Long> perMonth;
    private List<ActivityRow> activity;

    @PostConstruct
    void load() {
        Actor actor = user.require();
        counts = queries.countsByStatus(null);
        myDrafts = queries.rows(
                new PostRowFilter(ContentStatus.DRAFT, actor.accountId(), null, null, null),
                "updatedAt",
                false,
                0,
                LISTED);
        pending = queries.rows(
                new PostRowFilter(
                        ContentStatus.PENDING,
                        actor.can(Capability.EDIT_OTHERS_POSTS) ? null : actor.accountId(),
                        null,
                        null,
                        null),
                "updatedAt",
                false,
                0,
                LISTED);
        perMonth = queries.publishedPerMonth(12, Instant.now());
        activity = queries.recentActivity(actor.can(Capability.EDIT_OTHERS_POSTS) ? null : actor.accountId(), 8);
    }

    public long count(String status) {
        return counts.get(ContentStatus.valueOf(status));
    }

    public List<PostRow> getMyDrafts() {
        return myDrafts;
    }

    public List<PostRow> getPending() {
        return pending;
    }

    public List<ActivityRow> getActivity() {
        return activity;
    }

    public List<Map.Entry<String, Long>> getPerMonth() {
        return List.copyOf(perMonth.entrySet());
    }

    /** Bar width in percent of the busiest month. */
    public long barWidth(long count) {
        long max = perMonth.isEmpty() ? 1 : Collections.max(perMonth.values());
        return Math.max(1, count * 100 / max);
    }
}
