package io.dossier.core.transfer;

import java.util.List;
import java.util.Map;

/** One thing a WXR file describes, in the order the file lists them. */
public sealed interface WxrRecord {

    /** The exported site: its name and the address its links start with. */
    record Site(String title, String baseUrl) implements WxrRecord {}

    /** A WordPress user who wrote something ({@code wp:author}). */
    record Author(long id, String login, String email, String displayName) implements WxrRecord {}

    /**
     * A category, tag or navigation menu ({@code wp:category}, {@code wp:tag}, {@code wp:term});
     * WordPress lists categories and tags twice, once in each form. {@code parentSlug} is blank at the top.
     */
    record Term(Taxonomy taxonomy, long id, String slug, String name, String parentSlug, String description)
            implements WxrRecord {}

    enum Taxonomy {
        CATEGORY,
        TAG,
        NAV_MENU,
        OTHER
    }

    /** A term an item is filed under: {@code <category domain="post_tag" nicename="x">X</category>}. */
    record TermRef(String domain, String slug, String name) {}

    /**
     * A post, page, attachment, menu item or other post type ({@code item}). Dates are as the
     * file gives them ({@code yyyy-MM-dd HH:mm:ss}, "0000-00-00 00:00:00" for never); comments are
     * counted, not kept: Dossier has no comments.
     */
    record Item(
            long id,
            String type,
            String title,
            String link,
            String creator,
            String content,
            String excerpt,
            String date,
            String dateGmt,
            String slug,
            String status,
            long parentId,
            int menuOrder,
            boolean sticky,
            List<TermRef> terms,
            Map<String, String> meta,
            int comments,
            String attachmentUrl,
            int line)
            implements WxrRecord {

        public String meta(String key) {
            return meta.getOrDefault(key, "");
        }
    }
}
