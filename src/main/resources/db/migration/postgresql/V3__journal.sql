-- The journal: pain check-ins and doses. taken_at is epoch ms (UTC) and zone the person's time
-- zone when they logged it. Lists are JSON text. Primary keys include user_id: ids are unique per
-- user, and user_id is the distribution key for a sharded PostgreSQL later.
create table journal_checkin (
    user_id       text    not null,
    id            text    not null,
    taken_at      bigint  not null,
    zone          text    not null,
    pain          integer not null,
    enjoyment     integer,
    activity      integer,
    mood          integer,
    anxiety       integer,
    energy        integer,
    sleep_quality integer,
    pain_types    text    not null,
    body_sites    text    not null,
    side_effects  text    not null,
    note          text,
    request_hash  text    not null,
    created_at    bigint  not null,
    updated_at    bigint  not null,
    primary key (user_id, id)
);
create index journal_checkin_time on journal_checkin (user_id, taken_at, id);

create table journal_dose (
    user_id            text    not null,
    id                 text    not null,
    taken_at           bigint  not null,
    zone               text    not null,
    form               text    not null,
    amount             double precision    not null,
    unit               text    not null,
    method             text,
    product_id         text,
    batch_id           text,
    note               text,
    material_mg        integer not null,
    leaf_equivalent_mg integer,
    mitragynine_mg     double precision,
    seven_oh_mg        double precision,
    approximate        boolean not null,
    request_hash       text    not null,
    created_at         bigint  not null,
    updated_at         bigint  not null,
    primary key (user_id, id)
);
create index journal_dose_time on journal_dose (user_id, taken_at, id);
