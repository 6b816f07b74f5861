-- Widths of the smaller copies made at upload for srcset, e.g. '480,768,1024'; null: none (older uploads, WebP, GIF).
ALTER TABLE media ADD COLUMN variant_widths VARCHAR(64);
