-- Accounts: users, API tokens (hashed), invites (hashed), the audit trail, and web sessions.
-- Times are epoch milliseconds (UTC); ids are UUID text.
create table accounts_user (
    id            text    not null primary key,
    username      text    not null unique,
    password_hash text    not null,
    roles         text    not null,
    time_zone     text    not null,
    created_at    bigint  not null
);

create table accounts_token (
    user_id      text   not null references accounts_user (id) on delete cascade,
    id           text   not null primary key,
    name         text   not null,
    token_hash   text   not null unique,
    created_at   bigint not null,
    expires_at   bigint,
    last_used_at bigint
);
create index accounts_token_user on accounts_token (user_id);

create table accounts_invite (
    user_id    text   not null references accounts_user (id) on delete cascade,
    id         text   not null primary key,
    code_hash  text   not null unique,
    created_at bigint not null,
    expires_at bigint not null,
    used_by    text,
    used_at    bigint
);
create index accounts_invite_user on accounts_invite (user_id);

create table accounts_audit (
    user_id     text   not null,
    id          text   not null,
    entity      text   not null,
    entity_id   text   not null,
    action      text   not null,
    at          bigint not null,
    before_json text,
    after_json  text,
    primary key (user_id, id)
);
create index accounts_audit_entity on accounts_audit (user_id, entity, entity_id);

-- Spring Session's tables under the module's prefix (spring.session.jdbc.table-name)
create table accounts_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index accounts_session_ix1 on accounts_session (session_id);
create index accounts_session_ix2 on accounts_session (expiry_time);
create index accounts_session_ix3 on accounts_session (principal_name);

create table accounts_session_attributes (
    session_primary_id char(36)     not null references accounts_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    blob         not null,
    primary key (session_primary_id, attribute_name)
);
