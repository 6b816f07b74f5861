package io.dossier.core.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Lucene index of public posts. One writer for the application's life; searches go through
 * a {@link SearcherManager}, refreshed after each change, so a published post is found at once.
 * Scheduled posts are indexed with their time and filtered out until it comes. Changes are
 * committed as they are made, so the index survives a killed process as the database does.
 */
@ApplicationScoped
public class SearchIndex {

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String PUBLISHED = "published";
    private static final String TAG = "tag";
    private static final String PERSON = "person";
    /** A shared person says more about two posts than a shared tag. */
    private static final float PERSON_BOOST = 3f;
    /** How long a passage of a snippet is (a snippet shows up to two). */
    private static final int PASSAGE_CHARS = 160;
    /** Body text with offsets in the postings: the highlighter then needs no re-analysis. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private Path folder;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private IndexWriter writer;
    private SearcherManager searchers;

    protected SearchIndex() {}

    @Inject
    public SearchIndex(@ConfigProperty(name = "DOSSIER_DATA") Optional<String> data) {
        this(Path.of(data.filter(s -> !s.isBlank()).orElse("data"))
                .toAbsolutePath()
                .resolve("search"));
    }

    public SearchIndex(Path folder) {
        this.folder = folder;
    }

    private synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            writer = new IndexWriter(
                    FSDirectory.open(folder),
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        }
        return writer;
    }

    /** Adds or replaces {@code posts} and removes {@code removed}, then makes the change visible and durable. */
    public void update(Collection<IndexedPost> posts, Collection<Long> removed) {
        try {
            IndexWriter w = writer();
            for (IndexedPost post : posts) {
                w.updateDocument(new Term(ID, String.valueOf(post.id())), document(post));
            }
            for (Long id : removed) {
                w.deleteDocuments(new Term(ID, String.valueOf(id)));
            }
            w.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index, for a rebuild; {@link #update} then adds everything. */
    public void clear() {
        try {
            writer().deleteAll();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many posts the index holds. */
    public long size() {
        try {
            writer();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Page {@code page} (from 1) of the posts visible at {@code now} that contain every word of
     * {@code words} (quotes for phrases, {@code -word} to leave out), best first.
     */
    public SearchHits search(String words, int page, int size, Instant now) {
        return hits(words, (page - 1) * size, size, now);
    }

    /** As {@link #search}, the {@code limit} best hits after the first {@code offset}. */
    public SearchHits hits(String words, int offset, int limit, Instant now) {
        try {
            writer();
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = query(words, now);
                long total = searcher.count(query);
                if (total == 0 || offset >= total || limit <= 0) {
                    return new SearchHits(List.of(), total, Map.of());
                }
                TopDocs top = searcher.search(
                        query,
                        offset + limit,
                        new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true)),
                        true);
                ScoreDoc[] docs = top.scoreDocs;
                int from = Math.min(offset, docs.length);
                ScoreDoc[] slice = Arrays.copyOfRange(docs, from, docs.length);
                TopDocs pageDocs = new TopDocs(top.totalHits, slice);
                String[] snippets = UnifiedHighlighter.builder(searcher, analyzer)
                        .withBreakIterator(SearchIndex::passages)
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                        .withMaxNoHighlightPassages(0) // a title-only match shows the post's own summary
                        .build()
                        .highlight(BODY, query, pageDocs, 2);
                List<Long> ids = new ArrayList<>(slice.length);
                Map<Long, String> byId = new HashMap<>();
                var stored = searcher.storedFields();
                for (int i = 0; i < slice.length; i++) {
                    long id = Long.parseLong(
                            stored.document(slice[i].doc, Set.of(ID)).get(ID));
                    ids.add(id);
                    if (snippets[i] != null) {
                        byId.put(id, snippets[i]);
                    }
                }
                return new SearchHits(ids, total, byId);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to {@code limit} posts visible at {@code now}, other than {@code postId}, that share the
     * most with these tags and people, best first. Scored like words (BM25): a tag or person that
     * few posts share counts for more than one on thousands, and the work is the index's, not a
     * scan of every post that shares a popular tag.
     */
    public List<Long> sharing(long postId, Collection<Long> tags, Collection<Long> people, int limit, Instant now) {
        if (tags.isEmpty() && people.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder shared = new BooleanQuery.Builder();
        tags.forEach(t -> shared.add(new TermQuery(new Term(TAG, String.valueOf(t))), BooleanClause.Occur.SHOULD));
        people.forEach(p -> shared.add(
                new BoostQuery(new TermQuery(new Term(PERSON, String.valueOf(p))), PERSON_BOOST),
                BooleanClause.Occur.SHOULD));
        Query query = new BooleanQuery.Builder()
                .add(shared.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ID, String.valueOf(postId))), BooleanClause.Occur.MUST_NOT)
                .add(LongPoint.newRangeQuery(PUBLISHED, Long.MIN_VALUE, now.toEpochMilli()), BooleanClause.Occur.FILTER)
                .build();
        try {
            writer();
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Long> ids = new ArrayList<>();
                var stored = searcher.storedFields();
                for (ScoreDoc doc : searcher.search(query, limit).scoreDocs) {
                    ids.add(Long.parseLong(stored.document(doc.doc, Set.of(ID)).get(ID)));
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where a snippet's passages start and end: between words, about {@value #PASSAGE_CHARS} characters
     * around the match, as search engines show them. The highlighter's default, the JDK's sentence
     * rules, walked each body a character at a time through a CharacterIterator (highlighting was a
     * third of a search's time at 100,000 posts, now a seventh) and made a whole paragraph without a
     * full stop one passage.
     */
    private static BreakIterator passages() {
        return LengthGoalBreakIterator.createClosestToLength(
                new CustomSeparatorBreakIterator(' '), PASSAGE_CHARS, 0.5f);
    }

    private Query query(String words, Instant now) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 3f, BODY, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query matching = parser.parse(words == null ? "" : words);
        if (matching == null) {
            return new MatchNoDocsQuery("no words"); // only stop words or operators
        }
        return new BooleanQuery.Builder()
                .add(matching, BooleanClause.Occur.MUST)
                .add(LongPoint.newRangeQuery(PUBLISHED, Long.MIN_VALUE, now.toEpochMilli()), BooleanClause.Occur.FILTER)
                .build();
    }

    private static Document document(IndexedPost post) {
        Document doc = new Document();
        doc.add(new StringField(ID, String.valueOf(post.id()), Field.Store.YES));
        doc.add(new TextField(TITLE, post.title(), Field.Store.NO));
        doc.add(new Field(BODY, post.text(), BODY_TYPE));
        post.tags().forEach(t -> doc.add(new StringField(TAG, String.valueOf(t), Field.Store.NO)));
        post.people().forEach(p -> doc.add(new StringField(PERSON, String.valueOf(p), Field.Store.NO)));
        long published = post.publishedAt().toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        return doc;
    }

    @PreDestroy
    public synchronized void close() {
        try {
            if (writer != null) {
                searchers.close();
                writer.close();
                writer = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
