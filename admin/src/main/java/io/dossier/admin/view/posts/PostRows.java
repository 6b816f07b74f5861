package io.dossier.admin.view.posts;

import io.dossier.core.query.EditorialQueries;
import io.dossier.core.query.PostRow;
import io.dossier.core.query.PostRowFilter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The post table's rows, loaded a page at a time, sorted and filtered in the database. */
class PostRows extends LazyDataModel<PostRow> {

    /** A serializable client proxy of the application-scoped bean, so the view state can be serialized. */
    private final EditorialQueries queries;

    private PostRowFilter filter = PostRowFilter.ALL;

    PostRows(EditorialQueries queries) {
        this.queries = queries;
    }

    void filter(PostRowFilter newFilter) {
        this.filter = newFilter;
    }

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return (int) queries.count(filter);
    }

    @Override
    public List<PostRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return queries.rows(
                filter,
                sort == null ? "updatedAt" : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING,
                first,
                pageSize);
    }

    @Override
    public String getRowKey(PostRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public PostRow getRowData(String rowKey) {
        List<PostRow> page = getWrappedData();
        return page == null
                ? null
                : page.stream()
                        .filter(r -> String.valueOf(r.id()).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
