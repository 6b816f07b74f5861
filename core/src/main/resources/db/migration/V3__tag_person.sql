-- A tag can stand for a person or organisation: /tag/x/ keeps working and points to the profile,
-- and posts with the tag count as mentioning them.
ALTER TABLE tag ADD COLUMN person_id BIGINT REFERENCES person (id) ON DELETE SET NULL;
CREATE INDEX tag_person_idx ON tag (person_id);
