/*
 * Names and roles PrimeFaces' components leave out, added after each render and Ajax update, so
 * screen readers (and axe) get a complete page:
 *  - the rich-text editor's toolbar buttons and pickers get labels, its text area a name;
 *  - drop points between tree nodes and the input item of a tag list are presentation only, and
 *    the tag list is a labelled group around its own input, not an empty listbox;
 *  - a message list whose items are alerts is not a list.
 */
(function () {
    var labels = {
        'ql-bold': 'Bold', 'ql-italic': 'Italic', 'ql-underline': 'Underline', 'ql-strike': 'Strikethrough',
        'ql-color': 'Text colour', 'ql-background': 'Highlight colour', 'ql-script': 'Subscript or superscript',
        'ql-header': 'Heading', 'ql-blockquote': 'Quotation', 'ql-code-block': 'Code block', 'ql-list': 'List',
        'ql-indent': 'Indent', 'ql-direction': 'Text direction', 'ql-align': 'Alignment', 'ql-link': 'Link',
        'ql-image': 'Image', 'ql-video': 'Video', 'ql-clean': 'Remove formatting', 'ql-font': 'Font', 'ql-size': 'Size'
    };
    var values = { 'sub': 'Subscript', 'super': 'Superscript', 'ordered': 'Numbered list', 'bullet': 'Bulleted list',
        '-1': 'Outdent', '+1': 'Indent', '1': 'Heading 1', '2': 'Heading 2', 'rtl': 'Right to left' };

    function labelOf(element) {
        for (var name in labels) {
            if (element.classList.contains(name)) {
                var value = element.getAttribute('value');
                return value && values[value] ? values[value] : labels[name];
            }
        }
        return null;
    }

    function repair() {
        document.querySelectorAll('.ql-toolbar button, .ql-toolbar .ql-picker').forEach(function (control) {
            var label = labelOf(control);
            var target = control.classList.contains('ql-picker') ? control.querySelector('.ql-picker-label') : control;
            if (label && target && !target.getAttribute('aria-label')) {
                target.setAttribute('aria-label', label);
            }
        });
        document.querySelectorAll('.ql-toolbar .ql-picker-item').forEach(function (item) {
            if (!item.getAttribute('aria-label')) {
                item.setAttribute('aria-label', item.getAttribute('data-label') || item.getAttribute('data-value') || 'Default');
            }
        });
        document.querySelectorAll('.ui-texteditor').forEach(function (editor) {
            var label = document.querySelector('label[for="' + editor.id + '"]');
            var name = label ? label.textContent.trim() : 'Text';
            editor.querySelectorAll('[role="textbox"], .ql-editor').forEach(function (box) {
                if (!box.getAttribute('aria-label')) {
                    box.setAttribute('aria-label', name);
                }
            });
            if (editor.getAttribute('role') && !editor.getAttribute('aria-label')) {
                editor.setAttribute('aria-label', name);
            }
        });
        // Messages render as <ul><li role="alert">: an alert is not a list item, so the list is none either.
        document.querySelectorAll('.ui-messages ul').forEach(function (list) {
            if (list.querySelector(':scope > li[role]')) {
                list.setAttribute('role', 'none');
            }
        });
        document.querySelectorAll('.ui-tree-droppoint, .ui-autocomplete-input-token').forEach(function (item) {
            item.setAttribute('role', 'none');
        });
        document.querySelectorAll('.ui-autocomplete-multiple-container').forEach(function (list) {
            if (list.getAttribute('role') !== 'group') {
                list.setAttribute('role', 'group');
                ['aria-orientation', 'aria-multiselectable', 'aria-activedescendant', 'aria-expanded', 'aria-owns']
                    .forEach(function (attribute) { list.removeAttribute(attribute); });
                var input = list.querySelector('input');
                var label = input ? document.querySelector('label[for="' + input.id + '"]') : null;
                list.setAttribute('aria-label', label ? label.textContent.trim() : 'Chosen items');
            }
        });
    }

    // Widgets render late (PrimeFaces defers some) and Ajax replaces parts of the page: repair
    // after any change of the document, at most once a frame.
    var pending = false;
    function schedule() {
        if (!pending) {
            pending = true;
            requestAnimationFrame(function () { pending = false; repair(); });
        }
    }
    document.addEventListener('DOMContentLoaded', function () {
        repair();
        new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
    });
})();
