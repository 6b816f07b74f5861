-- Public lists are newest first with the id as tie-break: an index in that very order lets the
-- database read it and stop after one page (H2 sorts with an index only when its order matches).
-- The (status, published_at) index goes: with it H2 took the status as its index condition for
-- every public query (even a lookup by unique slug or a tag's posts) and read every public post;
-- the status is now checked on the rows the index yields.
DROP INDEX IF EXISTS post_listing_idx;
DROP INDEX IF EXISTS post_published_idx;
CREATE INDEX post_newest_idx ON post (published_at DESC, id DESC);
-- An author's archive likewise: newest first within the author.
DROP INDEX IF EXISTS post_author_idx;
CREATE INDEX post_author_newest_idx ON post (author_id, published_at DESC, id DESC);
