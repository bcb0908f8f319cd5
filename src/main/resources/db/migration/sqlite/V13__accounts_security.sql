-- Account security: the per-account log of security events, the sign-in throttle, and where an API
-- token was last used. Times are epoch ms (UTC).

-- Sign-ins, failures, lockouts, second-factor, token, session and share changes, exports: shown to
-- the person in Settings. Never health data: a type, a time, the client address and a device name.
create table accounts_security_event (
    user_id text   not null references accounts_user (id) on delete cascade,
    id      text   not null,
    at      bigint not null,
    type    text   not null,
    address text,
    device  text,
    primary key (user_id, id)
);
create index accounts_security_event_time on accounts_security_event (user_id, at, id);
-- an event written for an account deleted meanwhile is refused, as in every table of a person (V12)
create trigger accounts_security_event_account_guard before insert on accounts_security_event
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

-- Failed sign-in attempts, counted per username and address together, per username alone and per
-- address alone (the key says which). A row is blocked until blocked_until; blocks counts the
-- blocks in a row, so each further one lasts twice as long. Usernames appear only as SHA-256 hashes
-- (in the key and in username_hash, which lets a success, the reset-password command and account
-- deletion clear a person's rows): attempts on any name, an account's or not, leave no name behind.
-- Rows quiet for a day go.
create table accounts_throttle (
    key           text    not null primary key,
    username_hash text,
    failures      integer not null,
    window_start  bigint  not null,
    blocked_until bigint,
    blocks        integer not null,
    updated_at    bigint  not null
);
create index accounts_throttle_username on accounts_throttle (username_hash);
create index accounts_throttle_updated on accounts_throttle (updated_at);

alter table accounts_token add column last_used_address text;
