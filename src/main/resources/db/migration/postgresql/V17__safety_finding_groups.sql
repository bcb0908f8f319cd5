-- One finding per rule and subject (docs/decisions/0015-findings-grouping-and-plausibility.md). A dose
-- guardrail used to store a finding row per dose: two months of daily use made 148 rows of "Use every day".
-- From here on a finding is one row with how often it was raised (seen_count) and since when; the doses
-- that raised it are its occurrences, each with the words it had for that dose.

-- The old per-dose index had the name the occurrences table takes.
drop index safety_finding_dose;

create table safety_finding_dose (
    user_id     text   not null,
    dose_id     text   not null,
    finding_id  text   not null,
    seen_at     bigint not null,
    input       text,
    matched     text,
    title       text   not null,
    explanation text   not null,
    primary key (user_id, dose_id, finding_id),
    -- docs/decisions/0013-erasure.md: no row may name an account that does not exist.
    foreign key (user_id) references accounts_user (id) on delete cascade,
    foreign key (user_id, finding_id) references safety_finding (user_id, id) on delete cascade
);
create index safety_finding_dose_finding on safety_finding_dose (user_id, finding_id, seen_at);

alter table safety_finding add column seen_count integer not null default 1;
alter table safety_finding add column first_seen_at bigint;
alter table safety_finding add column last_seen_at bigint;
alter table safety_finding add column as_of text;

-- A dose finding's subject is what it was about (the depressant it matched), or the rule alone; the
-- whole text it quoted ("beer (2 standard drinks)") made every amount a subject of its own.
update safety_finding set finding_key = rule_id || '|' || lower(coalesce(matched, '')) where origin = 'DOSE';

-- Each dose row becomes an occurrence of the newest row of its group (the newest state is the one kept),
-- seen when its dose was taken.
insert into safety_finding_dose (user_id, dose_id, finding_id, seen_at, input, matched, title, explanation)
select f.user_id, f.dose_id,
       (select n.id from safety_finding n
        where n.user_id = f.user_id and n.origin = f.origin and n.finding_key = f.finding_key
        order by n.created_at desc, n.id desc limit 1),
       coalesce((select d.taken_at from journal_dose d where d.user_id = f.user_id and d.id = f.dose_id), f.created_at),
       f.input, f.matched, f.title, f.explanation
from safety_finding f
where f.origin = 'DOSE' and f.dose_id is not null;

delete from safety_finding
where origin = 'DOSE'
  and not exists (select 1 from safety_finding_dose o where o.user_id = safety_finding.user_id and o.finding_id = safety_finding.id);

update safety_finding set
    seen_count = (select count(*) from safety_finding_dose o
                  where o.user_id = safety_finding.user_id and o.finding_id = safety_finding.id),
    first_seen_at = (select min(o.seen_at) from safety_finding_dose o
                     where o.user_id = safety_finding.user_id and o.finding_id = safety_finding.id),
    last_seen_at = (select max(o.seen_at) from safety_finding_dose o
                    where o.user_id = safety_finding.user_id and o.finding_id = safety_finding.id)
where origin = 'DOSE';
update safety_finding set first_seen_at = created_at, last_seen_at = created_at where origin <> 'DOSE';

drop index safety_finding_origin;
alter table safety_finding drop column dose_id;
create unique index safety_finding_key on safety_finding (user_id, origin, finding_key);
