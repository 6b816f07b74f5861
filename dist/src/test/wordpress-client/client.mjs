// A WordPress REST client as a headless front-end uses it, pointed at a started Dossier:
// node-wpapi discovers the API from the site's address (HEAD, Link header, /wp-json/ index), then
// pages through posts, finds posts and terms by id and slug, filters by a term, searches, and reads
// the pages tree and the authors. Prints one line per check; exits 1 if any failed.
//
//   node client.mjs http://127.0.0.1:8080
import assert from 'node:assert/strict';
import WPAPI from 'wpapi';

const base = process.argv[2];
const checks = [];
const check = (name, run) => checks.push([name, run]);
const ids = (items) => items.map((item) => item.id);

const site = await WPAPI.discover(base);

check('discovery binds the client to the site\'s /wp-json/', async () => {
    assert.equal(site._options.endpoint, `${base}/wp-json/`);
});

check('posts come in pages, with WordPress\'s _paging', async () => {
    const second = await site.posts().perPage(2).page(2);
    assert.equal(second.length, 2);
    const { total, totalPages } = second._paging;
    assert.ok(total > 4, `total ${total}`);
    assert.equal(totalPages, Math.ceil(total / 2));
    const first = await second._paging.prev;
    const third = await second._paging.next;
    assert.equal(first.length, 2);
    assert.deepEqual(ids([...first, ...second, ...third]).length, new Set(ids([...first, ...second, ...third])).size,
        'no post on two pages');
    assert.ok(new Date(first[1].date_gmt) >= new Date(second[0].date_gmt), 'newest first');
});

check('a post by id and by slug', async () => {
    const [newest] = await site.posts().perPage(1);
    const byId = await site.posts().id(newest.id);
    assert.equal(byId.slug, newest.slug);
    assert.equal(byId.title.rendered, newest.title.rendered);
    const bySlug = await site.posts().slug(newest.slug);
    assert.deepEqual(ids(bySlug), [newest.id]);
    await assert.rejects(site.posts().id(987654321).get(), (error) => error.code === 'rest_post_invalid_id');
});

check('a tag by slug, and the posts filed under it', async () => {
    const tags = await site.tags().slug('vafc');
    assert.deepEqual(tags.map((tag) => tag.slug), ['vafc']);
    const [vafc] = tags;
    const tagged = await site.posts().tags(vafc.id).perPage(100);
    assert.equal(tagged.length, vafc.count, 'as many posts as the tag counts');
    assert.ok(tagged.every((post) => post.tags.includes(vafc.id)));
});

check('a category by slug, and the posts in it', async () => {
    const [news] = await site.categories().slug('news');
    assert.equal(news.slug, 'news');
    assert.equal(news.link, `${base}/category/news/`);
    const inNews = await site.posts().categories(news.id).perPage(100);
    assert.ok(inNews.length > 0);
    assert.ok(inNews.every((post) => post.categories.includes(news.id)));
});

check('search finds a post by a word of its body', async () => {
    const found = await site.posts().search('Cyberspace');
    assert.ok(found.some((post) => post.content.rendered.includes('Cyberspace')), ids(found).join());
});

check('the pages tree: a sub-page, its parent, its siblings', async () => {
    const [sykes] = await site.pages().slug('gerald-sykes');
    assert.equal(sykes.link, `${base}/the-apologists/gerald-sykes/`);
    assert.ok(sykes.parent > 0);
    const siblings = await site.pages().parent(sykes.parent);
    assert.ok(siblings.length > 1 && ids(siblings).includes(sykes.id));
    const all = await site.pages().perPage(100);
    assert.ok(all.some((page) => page.slug === 'about' && page.parent === 0));
});

check('_embed brings each post\'s author and terms along', async () => {
    const posts = await site.posts().perPage(3).embed();
    assert.equal(posts.length, 3);
    for (const post of posts) {
        assert.equal(post._embedded.author[0].id, post.author);
        const [categories, tags] = post._embedded['wp:term'];
        assert.deepEqual(ids(categories), post.categories);
        assert.deepEqual(ids(tags), post.tags);
    }
});

check('the search route finds posts and pages; types and taxonomies describe them', async () => {
    const found = await site.search().search('Cyberspace');
    assert.ok(found.some((hit) => hit.type === 'post' && hit.subtype === 'post'), JSON.stringify(found));
    const types = await site.types();
    assert.deepEqual(Object.keys(types).sort(), ['page', 'post']);
    const taxonomies = await site.taxonomies();
    assert.equal(taxonomies.post_tag.rest_base, 'tags');
});

check('authors by name and page, never by login or email', async () => {
    const users = await site.users();
    assert.ok(users.length > 0);
    for (const user of users) {
        assert.ok(!('email' in user) && !('username' in user), JSON.stringify(user));
        assert.ok(user.link.startsWith(`${base}/author/`), user.link);
    }
});

let failed = 0;
for (const [name, run] of checks) {
    try {
        await run();
        console.log(`ok ${name}`);
    } catch (error) {
        failed++;
        console.log(`FAILED ${name}: ${error.message}`);
    }
}
process.exit(failed === 0 ? 0 : 1);
