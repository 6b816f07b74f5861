-- Every saved state of a post's title, excerpt and text, and each editor's latest autosave
-- (autosave = TRUE, at most one per post and account), as in WordPress.
CREATE TABLE post_revision (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    post_id         BIGINT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    author_id       BIGINT REFERENCES user_account (id) ON DELETE SET NULL,
    autosave        BOOLEAN NOT NULL DEFAULT FALSE,
    title           VARCHAR(500) NOT NULL,
    excerpt         TEXT,
    body            TEXT
);
CREATE INDEX post_revision_post_idx ON post_revision (post_id, created_at);
