CREATE TABLE networks (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    name         VARCHAR(128) NOT NULL,
    targets      TEXT         NOT NULL,
    schedule     VARCHAR(128),
    enabled      BOOLEAN      NOT NULL,
    created_at   BIGINT       NOT NULL,
    last_run_at  BIGINT,
    CONSTRAINT uq_networks_name UNIQUE (name)
);
