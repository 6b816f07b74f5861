-- Plugin and extension settings, owned by core (plugins declare no tables in API 1.0).
-- A missing row means "as the plugin declares": enabled, in its default area and position.

CREATE TABLE plugin_state (
    plugin_id       VARCHAR(100) PRIMARY KEY,
    version         BIGINT NOT NULL,
    enabled         BOOLEAN NOT NULL
);

CREATE TABLE extension_setting (
    extension_id    VARCHAR(200) PRIMARY KEY,
    version         BIGINT NOT NULL,
    enabled         BOOLEAN NOT NULL,
    area            VARCHAR(20),
    position        INTEGER,
    title           VARCHAR(250)
);

CREATE TABLE extension_config (
    extension_id    VARCHAR(200) NOT NULL REFERENCES extension_setting (extension_id) ON DELETE CASCADE,
    name            VARCHAR(100) NOT NULL,
    config_value    TEXT,
    PRIMARY KEY (extension_id, name)
);
