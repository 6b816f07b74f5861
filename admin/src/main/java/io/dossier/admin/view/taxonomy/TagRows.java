package io.dossier.admin.view.taxonomy;

import io.dossier.core.query.EditorialQueries;
import io.dossier.core.query.TagRow;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The tag table's rows, a page at a time, filtered by name in the database. */
class TagRows extends LazyDataModel<TagRow> {

    /** A serializable client proxy of the application-scoped bean. */
    private final EditorialQueries queries;

    private String text;

    TagRows(EditorialQueries queries) {
        this.queries = queries;
    }

    void filter(String newText) {
        this.text = newText;
    }

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return (int) queries.tagCount(text);
    }

    @Override
    public List<TagRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        boolean byPosts = sortBy.values().stream().anyMatch(s -> "posts".equals(s.getField()));
        return queries.tagRows(text, byPosts, first, pageSize);
    }

    @Override
    public String getRowKey(TagRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public TagRow getRowData(String rowKey) {
        List<TagRow> page = getWrappedData();
        return page == null
                ? null
                : page.stream()
                        .filter(r -> String.valueOf(r.id()).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
