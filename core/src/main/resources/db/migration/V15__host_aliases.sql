-- Other host names of the site (www., an old domain), answered with a 301 to base_url; null: none.
ALTER TABLE site_settings ADD COLUMN host_aliases VARCHAR(1000);
