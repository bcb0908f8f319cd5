-- Share links (reports): a read-only view of chosen report sections for a clinician, without an account.
-- Only the SHA-256 of the link's secret is kept, so a copy of the database cannot open a link. A revoked
-- link keeps its row (revoked_at) so the person still sees who opened it and when.
create table reports_share (
    user_id      text    not null,
    id           text    not null,
    token_hash   text    not null unique,
    sections     text    not null,
    range_days   integer not null,
    created_at   bigint  not null,
    expires_at   bigint  not null,
    revoked_at   bigint,
    primary key (user_id, id)
);

-- Every opening of a link: the page or the PDF, and when.
create table reports_share_view (
    user_id   text   not null,
    share_id  text   not null,
    id        text   not null,
    viewed_at bigint not null,
    kind      text   not null,
    primary key (user_id, id)
);
create index reports_share_view_share on reports_share_view (user_id, share_id, viewed_at);
