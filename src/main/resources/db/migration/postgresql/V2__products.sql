-- Products a person takes: enough to turn "4 capsules" or "2 ml of a 10x extract" into milligrams.
create table products_product (
    user_id              text    not null,
    id                   text    not null,
    name                 text    not null,
    vendor               text,
    strain               text,
    vein                 text,
    form                 text    not null,
    capsule_mg           integer,
    extract_ratio        double precision,
    alkaloid_mg_per_unit double precision,
    archived             boolean not null default false,
    request_hash         text    not null,
    created_at           bigint  not null,
    updated_at           bigint  not null,
    primary key (user_id, id)
);
create index products_product_name on products_product (user_id, name);
