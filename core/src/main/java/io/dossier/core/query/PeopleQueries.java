package io.dossier.core.query;

import io.dossier.core.cache.CacheTags;
import io.dossier.core.cache.Dependencies;
import io.dossier.core.search.SearchIndex;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.PersonKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** People and organisations as readers see them: profiles, who is in a post, and related posts. */
@ApplicationScoped
public class PeopleQueries {

    /** A shared person weighs more than a shared tag: people are what these sites are about. */
    private static final int PERSON_WEIGHT = 3;

    /** Candidates the index proposes per related post asked for, scored exactly here. */
    static final int CANDIDATES_PER_SUGGESTION = 4;

    private EntityManager em;
    private SiteQueries site;
    private SearchIndex search;

    protected PeopleQueries() {}

    @Inject
    public PeopleQueries(EntityManager em, SiteQueries site, SearchIndex search) {
        this.em = em;
        this.site = site;
        this.search = search;
    }

    /** The profile of {@code kind} with {@code slug}. */
    public Optional<ProfileDetail> profile(PersonKind kind, String slug) {
        List<ProfileColumns> rows = em.createQuery("""
                        select new io.dossier.core.query.ProfileColumns(
                            pe.id, pe.name, pe.slug, pe.kind, pe.roleTitle, pe.bio, pe.photoUrl)
                        from Person pe where pe.slug = :slug and pe.kind = :kind""", ProfileColumns.class)
                .setParameter("slug", slug)
                .setParameter("kind", kind)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        ProfileColumns r = rows.getFirst();
        long id = r.id();
        Dependencies.on(CacheTags.person(id));
        List<Link> links = em.createQuery(
                        "select new io.dossier.core.query.Link(l.label, l.url) from Person pe join pe.links l"
                                + " where pe.id = :id",
                        Link.class)
                .setParameter("id", id)
                .getResultList();
        return Optional.of(new ProfileDetail(
                id,
                r.name(),
                r.slug(),
                r.kind(),
                r.roleTitle(),
                r.bio(),
                r.photoUrl(),
                links,
                Permalinks.profile(r.kind(), r.slug())));
    }

    /** The profile a tag stands for, if any. */
    public Optional<Link> profileOfTag(long tagId) {
        return em
                .createQuery(
                        "select new io.dossier.core.query.ProfileHitRow(pe.id, pe.name, pe.slug, pe.kind)"
                                + " from Tag t join t.person pe where t.id = :id",
                        ProfileHitRow.class)
                .setParameter("id", tagId)
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> new Link(r.name(), Permalinks.profile(r.kind(), r.slug())));
    }

    /** Credited people in byline order, then people the post's tags stand for. */
    public List<ProfileCard> inPost(long postId) {
        return inPosts(List.of(postId)).getOrDefault(postId, List.of());
    }

    /** {@link #inPost} for many posts in two statements, whatever their number: for lists, feeds and APIs. */
    public Map<Long, List<ProfileCard>> inPosts(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, ProfileCard>> byPost = new LinkedHashMap<>();
        em.createQuery("""
                        select new io.dossier.core.query.PersonMention(c.post.id, pe.id, pe.name, pe.slug, pe.kind,
                            pe.roleTitle, pe.photoUrl, c.role)
                        from Credit c join c.person pe where c.post.id in :ids order by c.post.id, c.position""", PersonMention.class)
                .setParameter("ids", postIds)
                .getResultList()
                .forEach(m -> byPost.computeIfAbsent(m.postId(), k -> new LinkedHashMap<>())
                        .putIfAbsent(m.personId(), m.card()));
        em.createQuery("""
                        select new io.dossier.core.query.PersonMention(p.id, pe.id, pe.name, pe.slug, pe.kind,
                            pe.roleTitle, pe.photoUrl, 'Mentioned')
                        from Post p join p.tags t join t.person pe where p.id in :ids order by p.id, pe.name""", PersonMention.class)
                .setParameter("ids", postIds)
                .getResultList()
                .forEach(m -> byPost.computeIfAbsent(m.postId(), k -> new LinkedHashMap<>())
                        .putIfAbsent(m.personId(), m.card()));
        Map<Long, List<ProfileCard>> cards = new HashMap<>();
        byPost.forEach((post, people) -> cards.put(post, List.copyOf(people.values())));
        return cards;
    }

    /**
     * Public posts that share people (credited or tagged) or tags with post {@code postId}, best
     * first: each shared person counts {@value #PERSON_WEIGHT}, each shared tag 1. The search index
     * picks the candidates (those sharing the rarest names first, a bounded number), so the cost
     * does not grow with how many posts share a popular tag; their scores are then counted here.
     */
    public List<RelatedPost> related(long postId, int limit) {
        Instant now = Instant.now();
        List<Long> tagIds = em.createQuery("select t.id from Post p join p.tags t where p.id = :id", Long.class)
                .setParameter("id", postId)
                .getResultList();
        List<Long> personIds =
                new ArrayList<>(em.createQuery("select c.person.id from Credit c where c.post.id = :id", Long.class)
                        .setParameter("id", postId)
                        .getResultList());
        personIds.addAll(em.createQuery(
                        "select t.person.id from Post p join p.tags t where p.id = :id and t.person is not null",
                        Long.class)
                .setParameter("id", postId)
                .getResultList());
        // Candidates come from these lists: a post joining or leaving one may change the suggestions.
        Dependencies.on(personIds.stream().map(CacheTags::person).toList());
        Dependencies.on(tagIds.stream().map(CacheTags::tag).toList());
        List<Long> candidates = search.sharing(postId, tagIds, personIds, limit * CANDIDATES_PER_SUGGESTION, now);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> score = new HashMap<>();
        Map<Long, Set<String>> shared = new HashMap<>();
        if (!personIds.isEmpty()) {
            em.createQuery(
                            "select new io.dossier.core.query.Choice(c.post.id, pe.name) from Credit c join c.person pe"
                                    + " where pe.id in :people and c.post.id in :candidates",
                            Choice.class)
                    .setParameter("people", personIds)
                    .setParameter("candidates", candidates)
                    .getResultList()
                    .forEach(r -> add(score, shared, r.id(), r.label(), PERSON_WEIGHT));
        }
        if (!tagIds.isEmpty()) {
            em.createQuery(
                            "select new io.dossier.core.query.TaggedPost(p.id, t.name, pe.name) from Post p join p.tags t"
                                    + " left join t.person pe where t.id in :tags and p.id in :candidates",
                            TaggedPost.class)
                    .setParameter("tags", tagIds)
                    .setParameter("candidates", candidates)
                    .getResultList()
                    .forEach(r -> add(
                            score,
                            shared,
                            r.postId(),
                            r.person() != null ? r.person() : r.tag(),
                            r.person() != null ? PERSON_WEIGHT : 1));
        }
        ZoneId zone = site.site().zone();
        Map<Long, PostHeadline> headlines = new HashMap<>();
        em
                .createQuery(
                        "select new io.dossier.core.query.PublicationRow(p.id, p.title, p.slug, p.publishedAt, p.status)"
                                + " from Post p where p.id in :ids",
                        PublicationRow.class)
                .setParameter("ids", candidates)
                .getResultList()
                .stream()
                .filter(r -> r.publicAt(now))
                .forEach(r -> headlines.put(r.id(), r.headline(zone)));
        List<Long> best = score.entrySet().stream()
                .filter(e -> headlines.containsKey(e.getKey()))
                .sorted(Map.Entry.<Long, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
        Dependencies.posts(best);
        return best.stream()
                .map(id -> new RelatedPost(headlines.get(id), score.get(id), List.copyOf(shared.get(id))))
                .toList();
    }

    /** A name counts once per post, whether it came through a credit or a tag. */
    private static void add(
            Map<Long, Integer> score, Map<Long, Set<String>> shared, long post, String name, int weight) {
        if (shared.computeIfAbsent(post, k -> new LinkedHashSet<>()).add(name)) {
            score.merge(post, weight, Integer::sum);
        }
    }
}
