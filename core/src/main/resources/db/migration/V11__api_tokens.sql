-- API tokens: a client acts for an account with at most a given role. Only the SHA-256 of the
-- token is kept; the token itself is shown once, when it is created.
CREATE TABLE api_token (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    account_id      BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    name            VARCHAR(200) NOT NULL,
    role            VARCHAR(20) NOT NULL,
    token_hash      VARCHAR(64) NOT NULL UNIQUE,
    last_used_at    TIMESTAMP
);
CREATE INDEX api_token_account_idx ON api_token (account_id);
