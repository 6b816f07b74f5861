-- "Syndication feeds show the most recent N items", as in WordPress's reading settings.
ALTER TABLE site_settings ADD COLUMN feed_items INTEGER NOT NULL DEFAULT 10;
