-- Undo: a deleted journal entry is kept whole for a day, then purged (docs/decisions/0016-undo-and-restore.md).
-- Deleting moves the row from its table into the table's copy below, with the time it was deleted;
-- restoring moves it back, same id and values. Lists, insights, exports, reports and the dose checks read
-- only the live tables, so a deleted entry is in none of them. Each copy has exactly its table's columns
-- plus deleted_at (DeletedEntriesIT compares them), and like every table of a person it leads its key with
-- user_id and goes with its account (docs/decisions/0013-erasure.md).

create table journal_checkin_deleted (
    user_id       text     not null references accounts_user (id) on delete cascade,
    id            text     not null,
    taken_at      bigint   not null,
    zone          text     not null,
    pain          integer  not null,
    enjoyment     integer,
    activity      integer,
    mood          integer,
    anxiety       integer,
    energy        integer,
    sleep_quality integer,
    pain_types    text     not null,
    body_sites    text     not null,
    side_effects  text     not null,
    note          text,
    request_hash  text     not null,
    created_at    bigint   not null,
    updated_at    bigint   not null,
    deleted_at    bigint   not null,
    primary key (user_id, id)
);
create trigger journal_checkin_deleted_account_guard before insert on journal_checkin_deleted
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create table journal_dose_deleted (
    user_id            text     not null references accounts_user (id) on delete cascade,
    id                 text     not null,
    taken_at           bigint   not null,
    zone               text     not null,
    form               text     not null,
    amount             real     not null,
    unit               text     not null,
    method             text,
    product_id         text,
    batch_id           text,
    note               text,
    material_mg        integer  not null,
    leaf_equivalent_mg integer,
    mitragynine_mg     real,
    seven_oh_mg        real,
    approximate        integer  not null,
    request_hash       text     not null,
    created_at         bigint   not null,
    updated_at         bigint   not null,
    deleted_at         bigint   not null,
    primary key (user_id, id)
);
create trigger journal_dose_deleted_account_guard before insert on journal_dose_deleted
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create table journal_substance_deleted (
    user_id      text     not null references accounts_user (id) on delete cascade,
    id           text     not null,
    taken_at     bigint   not null,
    zone         text     not null,
    kind         text     not null,
    name         text,
    amount       real,
    unit         text,
    note         text,
    request_hash text     not null,
    created_at   bigint   not null,
    updated_at   bigint   not null,
    deleted_at   bigint   not null,
    primary key (user_id, id)
);
create trigger journal_substance_deleted_account_guard before insert on journal_substance_deleted
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create table journal_withdrawal_deleted (
    user_id      text     not null references accounts_user (id) on delete cascade,
    id           text     not null,
    taken_at     bigint   not null,
    zone         text     not null,
    symptoms     text     not null,
    total        integer  not null,
    note         text,
    request_hash text     not null,
    created_at   bigint   not null,
    updated_at   bigint   not null,
    deleted_at   bigint   not null,
    primary key (user_id, id)
);
create trigger journal_withdrawal_deleted_account_guard before insert on journal_withdrawal_deleted
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;

create table journal_note_deleted (
    user_id      text     not null references accounts_user (id) on delete cascade,
    id           text     not null,
    taken_at     bigint   not null,
    zone         text     not null,
    title        text,
    body         text,
    mood         text,
    tags         text     not null,
    request_hash text     not null,
    created_at   bigint   not null,
    updated_at   bigint   not null,
    deleted_at   bigint   not null,
    primary key (user_id, id)
);
create trigger journal_note_deleted_account_guard before insert on journal_note_deleted
when not exists (select 1 from accounts_user where id = new.user_id)
begin select raise(abort, 'account-gone'); end;
