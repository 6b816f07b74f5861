-- Per-post overrides for search engines and social networks; null means "derive from the post".
ALTER TABLE post ADD COLUMN seo_title VARCHAR(300);
ALTER TABLE post ADD COLUMN seo_description VARCHAR(500);
ALTER TABLE post ADD COLUMN canonical_url VARCHAR(1000);
ALTER TABLE post ADD COLUMN social_media_id BIGINT REFERENCES media (id);
