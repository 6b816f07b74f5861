-- The WebSub hub feeds name and publishing pings (e.g. https://pubsubhubbub.appspot.com/); null: none.
ALTER TABLE site_settings ADD COLUMN websub_hub VARCHAR(1000);
