-- Public lists are newest first with the id as tie-break: (published_at, id) lets the database read
-- the index backwards and stop after one page. The (status, published_at) index goes: with it H2
-- took the status as its index condition for every public query (even a lookup by unique slug or
-- a tag's posts) and read every public post; the status is now checked on the rows the range yields.
DROP INDEX IF EXISTS post_listing_idx;
DROP INDEX IF EXISTS post_published_idx;
CREATE INDEX post_newest_idx ON post (published_at, id);
