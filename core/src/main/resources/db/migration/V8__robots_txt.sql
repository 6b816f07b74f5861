-- The site owner's own robots.txt; null serves the default (admin and API closed, sitemap named).
ALTER TABLE site_settings ADD COLUMN robots_txt VARCHAR(10000);
