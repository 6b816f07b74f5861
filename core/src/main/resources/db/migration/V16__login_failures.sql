-- Failed logins, per account and address, address, and account (LoginThrottle), kept in the database
-- so every node of a site sees the same locks. Keys are SHA-256 hashes: no login name is stored here.
CREATE TABLE login_failure (
    throttle_key     VARCHAR(64) PRIMARY KEY,
    failures         INTEGER NOT NULL,
    last_failure_at  TIMESTAMP NOT NULL,
    locked_until     TIMESTAMP NOT NULL
);
CREATE INDEX login_failure_last_idx ON login_failure (last_failure_at);
-- The key that signs what the site hands out and must recognise later (known-device cookies);
-- made on first use, the same for every node.
ALTER TABLE site_settings ADD COLUMN signing_key VARCHAR(100);
