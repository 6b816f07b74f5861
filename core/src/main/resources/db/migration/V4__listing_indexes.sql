-- Lists read the newest public posts first: an index on the publication time alone lets the
-- database walk it backwards and stop after one page, instead of sorting every public post.
CREATE INDEX post_published_idx ON post (published_at);
