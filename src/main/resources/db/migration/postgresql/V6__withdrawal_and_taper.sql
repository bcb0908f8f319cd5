-- Withdrawal check-ins (journal) and taper plans (safety). Times are epoch ms (UTC), days ISO dates
-- in the person's zone; symptoms and pauses are JSON text. user_id leads every primary key: it is the
-- isolation rule and the distribution key for a sharded PostgreSQL later.
create table journal_withdrawal (
    user_id      text    not null,
    id           text    not null,
    taken_at     bigint  not null,
    zone         text    not null,
    symptoms     text    not null,
    total        integer not null,
    note         text,
    request_hash text    not null,
    created_at   bigint  not null,
    updated_at   bigint  not null,
    primary key (user_id, id)
);
create index journal_withdrawal_time on journal_withdrawal (user_id, taken_at, id);

-- One current taper plan per person; the rate is theirs or their clinician's, Mitra only computes.
create table safety_taper (
    user_id         text    not null,
    id              text    not null,
    start_mg        integer not null,
    reduction_kind  text    not null,
    reduction_value double precision not null,
    step_days       integer not null,
    start_date      text    not null,
    end_mg          integer not null,
    pauses          text    not null,
    created_at      bigint  not null,
    updated_at      bigint  not null,
    primary key (user_id)
);
