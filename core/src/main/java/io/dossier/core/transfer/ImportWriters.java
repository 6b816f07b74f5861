package io.dossier.core.transfer;

import io.dossier.core.media.MediaLibrary;
import io.dossier.core.service.AccountService;
import io.dossier.core.service.MenuService;
import io.dossier.core.service.OldAddresses;
import io.dossier.core.service.PageService;
import io.dossier.core.service.PersonService;
import io.dossier.core.service.PostService;
import io.dossier.core.service.TaxonomyService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The write services an import goes through: the back office's own, so an imported account,
 * profile, term, file, post, page, menu or old address obeys the same rules (names, slugs made
 * unique, sanitised text, web addresses) and raises the same change events as one made by hand.
 */
@Dependent
public class ImportWriters {

    private final AccountService accounts;
    private final PersonService people;
    private final TaxonomyService taxonomy;
    private final MediaLibrary media;
    private final PostService posts;
    private final PageService pages;
    private final MenuService menus;
    private final OldAddresses oldAddresses;

    @Inject
    public ImportWriters(
            AccountService accounts,
            PersonService people,
            TaxonomyService taxonomy,
            MediaLibrary media,
            PostService posts,
            PageService pages,
            MenuService menus,
            OldAddresses oldAddresses) {
        this.accounts = accounts;
        this.people = people;
        this.taxonomy = taxonomy;
        this.media = media;
        this.posts = posts;
        this.pages = pages;
        this.menus = menus;
        this.oldAddresses = oldAddresses;
    }

    AccountService accounts() {
        return accounts;
    }

    PersonService people() {
        return people;
    }

    TaxonomyService taxonomy() {
        return taxonomy;
    }

    MediaLibrary media() {
        return media;
    }

    PostService posts() {
        return posts;
    }

    PageService pages() {
        return pages;
    }

    MenuService menus() {
        return menus;
    }

    OldAddresses oldAddresses() {
        return oldAddresses;
    }
}
