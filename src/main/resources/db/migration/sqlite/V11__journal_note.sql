-- Journal notes: what a person writes in their own words (a title, a text, a mood word, tags), and
-- what another app recorded on a scale Mitra cannot map faithfully onto its 0-10 check-ins. Times
-- are epoch ms (UTC); tags are a JSON array of text. user_id leads the primary key, as everywhere.
create table journal_note (
    user_id      text    not null,
    id           text    not null,
    taken_at     bigint  not null,
    zone         text    not null,
    title        text,
    body         text,
    mood         text,
    tags         text    not null,
    request_hash text    not null,
    created_at   bigint  not null,
    updated_at   bigint  not null,
    primary key (user_id, id)
);
create index journal_note_time on journal_note (user_id, taken_at, id);
