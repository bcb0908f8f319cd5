-- Second factors: an authenticator app (TOTP) with its recovery codes, and passkeys (WebAuthn).
-- Times are epoch milliseconds (UTC). Every row carries user_id, leads its key with it and goes with its
-- account; no row may name an account that does not exist (docs/decisions/0013-erasure.md).

-- One TOTP secret per account: set up (confirmed_at null) until a first code confirms it.
-- last_step is the last 30-second step a code was accepted for: never again, so a code is used once.
create table accounts_totp (
    user_id      text   not null primary key references accounts_user (id) on delete cascade,
    secret       text   not null,
    created_at   bigint not null,
    confirmed_at bigint,
    last_step    bigint
);

-- Single-use codes for a lost phone, stored as SHA-256 hashes (80 random bits each).
create table accounts_recovery_code (
    user_id    text   not null references accounts_user (id) on delete cascade,
    code_hash  text   not null,
    created_at bigint not null,
    primary key (user_id, code_hash)
);

-- The account's WebAuthn user handle: random bytes (base64url), never the account id.
create table accounts_passkey_user (
    user_id    text   not null primary key references accounts_user (id) on delete cascade,
    handle     text   not null unique,
    created_at bigint not null
);

-- Passkeys: the credential's public key and what the authenticator reported (base64url text).
create table accounts_passkey (
    user_id                      text    not null references accounts_user (id) on delete cascade,
    credential_id                text    not null unique,
    user_handle                  text    not null,
    label                        text    not null,
    credential_type              text,
    public_key                   text    not null,
    signature_count              bigint  not null,
    uv_initialized               boolean not null,
    backup_eligible              boolean not null,
    backup_state                 boolean not null,
    transports                   text    not null,
    attestation_object           text,
    attestation_client_data_json text,
    created_at                   bigint  not null,
    last_used_at                 bigint,
    primary key (user_id, credential_id)
);
create index accounts_passkey_handle on accounts_passkey (user_handle);
