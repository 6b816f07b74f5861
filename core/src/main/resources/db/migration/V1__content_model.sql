-- Dossier content model, version 1. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
-- Timestamps are TIMESTAMP holding UTC: bin/dossier runs the JVM in UTC; the site's display zone is a setting.

CREATE SEQUENCE dossier_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE site_settings (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL DEFAULT 0,
    title           VARCHAR(200) NOT NULL,
    tagline         VARCHAR(500),
    posts_per_page  INTEGER NOT NULL,
    footer_text     VARCHAR(1000),
    time_zone       VARCHAR(64) NOT NULL,
    base_url        VARCHAR(500),
    installed_at    TIMESTAMP
);
INSERT INTO site_settings (id, version, title, tagline, posts_per_page, footer_text, time_zone)
VALUES (1, 0, 'Dossier', 'Just another Dossier site', 10, '© {year} · All Rights Reserved.', 'UTC');

CREATE TABLE user_account (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    login           VARCHAR(60) NOT NULL UNIQUE,
    slug            VARCHAR(200) NOT NULL UNIQUE,
    display_name    VARCHAR(250) NOT NULL,
    email           VARCHAR(320),
    role            VARCHAR(20) NOT NULL,
    password_hash   VARCHAR(500)
);

CREATE TABLE person (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    slug            VARCHAR(200) NOT NULL UNIQUE,
    name            VARCHAR(250) NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    role_title      VARCHAR(250),
    bio             TEXT,
    photo_url       VARCHAR(1000)
);

CREATE TABLE person_link (
    person_id       BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    label           VARCHAR(250) NOT NULL,
    url             VARCHAR(1000) NOT NULL,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE category (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    slug            VARCHAR(200) NOT NULL UNIQUE,
    name            VARCHAR(250) NOT NULL,
    description     TEXT,
    parent_id       BIGINT REFERENCES category (id)
);

CREATE TABLE tag (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    slug            VARCHAR(200) NOT NULL UNIQUE,
    name            VARCHAR(250) NOT NULL,
    description     TEXT
);

CREATE TABLE media (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    file_name       VARCHAR(500) NOT NULL,
    storage_path    VARCHAR(1000) NOT NULL,
    mime_type       VARCHAR(100) NOT NULL,
    size_bytes      BIGINT NOT NULL,
    width           INTEGER,
    height          INTEGER,
    title           VARCHAR(500),
    alt_text        VARCHAR(1000),
    caption         TEXT,
    uploaded_by_id  BIGINT REFERENCES user_account (id)
);

CREATE TABLE post (
    id                  BIGINT PRIMARY KEY,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL,
    title               VARCHAR(500) NOT NULL,
    slug                VARCHAR(200) NOT NULL UNIQUE,
    body                TEXT,
    excerpt             TEXT,
    summary             VARCHAR(1000),
    status              VARCHAR(20) NOT NULL,
    published_at        TIMESTAMP,
    author_id           BIGINT NOT NULL REFERENCES user_account (id),
    primary_category_id BIGINT REFERENCES category (id),
    featured_media_id   BIGINT REFERENCES media (id),
    sticky              BOOLEAN NOT NULL DEFAULT FALSE,
    legacy_id           BIGINT UNIQUE
);
CREATE INDEX post_listing_idx ON post (status, published_at);
CREATE INDEX post_author_idx ON post (author_id, published_at);

CREATE TABLE post_category (
    post_id         BIGINT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    category_id     BIGINT NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, category_id)
);
CREATE INDEX post_category_category_idx ON post_category (category_id);

CREATE TABLE post_tag (
    post_id         BIGINT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    tag_id          BIGINT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX post_tag_tag_idx ON post_tag (tag_id);

-- A post's byline: ordered people with a role, separate from the account that posted it.
CREATE TABLE credit (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    post_id         BIGINT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    person_id       BIGINT NOT NULL REFERENCES person (id),
    role            VARCHAR(100) NOT NULL,
    position        INTEGER NOT NULL
);
CREATE INDEX credit_post_idx ON credit (post_id, position);
CREATE INDEX credit_person_idx ON credit (person_id);

CREATE TABLE page (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    title           VARCHAR(500) NOT NULL,
    slug            VARCHAR(200) NOT NULL,
    path            VARCHAR(1000) NOT NULL UNIQUE,
    body            TEXT,
    excerpt         TEXT,
    summary         VARCHAR(1000),
    status          VARCHAR(20) NOT NULL,
    published_at    TIMESTAMP,
    author_id       BIGINT NOT NULL REFERENCES user_account (id),
    parent_id       BIGINT REFERENCES page (id),
    menu_order      INTEGER NOT NULL DEFAULT 0,
    legacy_id       BIGINT UNIQUE
);
CREATE INDEX page_parent_idx ON page (parent_id, menu_order);

-- Old public paths (renamed slugs, moved pages, imported URLs) that answer 301 to the content's current URL.
CREATE TABLE path_redirect (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    old_path        VARCHAR(1000) NOT NULL UNIQUE,
    target_kind     VARCHAR(20) NOT NULL,
    target_id       BIGINT NOT NULL
);

CREATE TABLE menu (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    location        VARCHAR(60) NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL
);

CREATE TABLE menu_item (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    menu_id         BIGINT NOT NULL REFERENCES menu (id) ON DELETE CASCADE,
    parent_id       BIGINT REFERENCES menu_item (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    label           VARCHAR(250),
    kind            VARCHAR(20) NOT NULL,
    target_id       BIGINT,
    url             VARCHAR(1000)
);
CREATE INDEX menu_item_menu_idx ON menu_item (menu_id, position);
