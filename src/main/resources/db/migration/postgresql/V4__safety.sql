-- Safety: the health profile (free-text lines as JSON lists) and stored findings.
create table safety_profile (
    user_id           text   not null primary key,
    age               integer,
    conditions        text   not null,
    medications       text   not null,
    substances        text   not null,
    jurisdiction      text,
    daily_limit_mg    integer,
    max_doses_per_day integer,
    updated_at        bigint not null
);

-- A finding as shown to the person, with where it came from (profile screening, a dose, a pattern
-- over time) and its state. finding_key identifies "the same finding again" (rule + input) so an
-- acknowledgement survives a re-screening.
create table safety_finding (
    user_id         text   not null,
    id              text   not null,
    origin          text   not null,
    state           text   not null,
    dose_id         text,
    finding_key     text   not null,
    rule_id         text   not null,
    severity        text   not null,
    category        text   not null,
    input           text,
    matched         text,
    title           text   not null,
    explanation     text   not null,
    advice          text   not null,
    evidence        text   not null,
    sources         text   not null,
    created_at      bigint not null,
    acknowledged_at bigint,
    primary key (user_id, id)
);
create index safety_finding_origin on safety_finding (user_id, origin, finding_key);
create index safety_finding_dose on safety_finding (user_id, dose_id);
