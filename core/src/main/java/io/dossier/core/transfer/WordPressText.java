package io.dossier.core.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * WordPress keeps classic-editor posts without paragraph tags and adds them when it shows the post
 * ({@code wpautop}): blank lines separate paragraphs, single line breaks are {@code <br>}. Dossier
 * stores the HTML readers get, so the import adds them once. Block-editor content already has its
 * tags and only loses the block comments (the sanitizer drops them).
 */
final class WordPressText {

    private static final Pattern BLOCK_START = Pattern.compile(
            "(?is)^<(p|h[1-6]|ul|ol|li|dl|blockquote|figure|table|pre|div|hr|section|aside|address|details|form|iframe|!--)[\\s>/-].*");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private WordPressText() {}

    static String paragraphs(String content) {
        String text = content == null
                ? ""
                : content.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty() || text.contains("<!-- wp:")) {
            return text;
        }
        List<String> blocks = new ArrayList<>();
        for (String chunk : PARAGRAPH_BREAK.split(text)) {
            String block = chunk.strip();
            if (block.isEmpty()) {
                continue;
            }
            if (block.startsWith("<!--more-->")) {
                blocks.add("<!--more-->");
                block = block.substring("<!--more-->".length()).strip();
                if (block.isEmpty()) {
                    continue;
                }
            }
            blocks.add(BLOCK_START.matcher(block).matches() ? block : "<p>" + block.replace("\n", "<br>\n") + "</p>");
        }
        return String.join("\n", blocks);
    }
}
