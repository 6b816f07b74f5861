-- A sitemap file of posts is a range of public post ids with each one's slug and dates. With all of
-- them in one index in id order, the database reads a file of 50,000 from the index alone: 40-70 ms
-- at 100,000 posts on H2, where reading each post's row (and skipping the first file's with OFFSET)
-- took 2-5 s.
CREATE INDEX post_sitemap_idx ON post (id, status, published_at, updated_at, slug);
