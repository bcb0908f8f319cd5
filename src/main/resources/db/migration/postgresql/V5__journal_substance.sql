-- Other substances in the journal: alcohol (in standard drinks), the person's medicines and
-- anything else they take, so the dose guardrails can see a depressant taken shortly before a dose.
-- Same conventions as journal_dose: epoch ms, the zone at entry time, (user_id, id) primary key.
create table journal_substance (
    user_id      text    not null,
    id           text    not null,
    taken_at     bigint  not null,
    zone         text    not null,
    kind         text    not null,
    name         text,
    amount       double precision,
    unit         text,
    note         text,
    request_hash text    not null,
    created_at   bigint  not null,
    updated_at   bigint  not null,
    primary key (user_id, id)
);
create index journal_substance_time on journal_substance (user_id, taken_at, id);
