CREATE TABLE accounts (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    username              VARCHAR(100) NOT NULL,
    role                  VARCHAR(16)  NOT NULL,
    password_hash         VARCHAR(255),
    source                VARCHAR(16)  NOT NULL,
    created_at            BIGINT       NOT NULL,
    sessions_valid_after  BIGINT       NOT NULL,
    CONSTRAINT uq_accounts_username UNIQUE (username)
);

CREATE TABLE api_tokens (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id    VARCHAR(36)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    created_at    BIGINT       NOT NULL,
    expires_at    BIGINT       NOT NULL,
    last_used_at  BIGINT,
    revoked_at    BIGINT,
    CONSTRAINT uq_api_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_tokens_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE INDEX ix_api_tokens_account ON api_tokens (account_id);

CREATE TABLE audit_events (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    at          BIGINT        NOT NULL,
    actor       VARCHAR(255)  NOT NULL,
    via         VARCHAR(16)   NOT NULL,
    action      VARCHAR(255)  NOT NULL,
    target      VARCHAR(1024),
    address     VARCHAR(64),
    result      VARCHAR(16)   NOT NULL,
    status      INTEGER       NOT NULL
);

CREATE INDEX ix_audit_events_at ON audit_events (at);
