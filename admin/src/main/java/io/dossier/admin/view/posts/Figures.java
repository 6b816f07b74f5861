package io.dossier.admin.view.posts;

import io.dossier.core.media.MediaLibrary;
import io.dossier.core.text.HtmlText;

/** The HTML for a library image placed in a text: a figure with alt text, size and caption, as WordPress inserts it. */
final class Figures {

    private Figures() {}

    static String html(MediaLibrary.Item item) {
        StringBuilder html = new StringBuilder("<figure><img src=\"")
                .append(HtmlText.escape(item.url()))
                .append("\" alt=\"")
                .append(HtmlText.escape(item.altText()))
                .append('"');
        if (item.width() != null && item.height() != null) {
            html.append(" width=\"")
                    .append(item.width())
                    .append("\" height=\"")
                    .append(item.height())
                    .append('"');
        }
        html.append(" />");
        if (item.caption() != null) {
            html.append("<figcaption>").append(HtmlText.escape(item.caption())).append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }
}
