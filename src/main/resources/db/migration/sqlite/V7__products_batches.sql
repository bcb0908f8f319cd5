-- Batches of a product with their certificate of analysis (COA), and recall lists a person imports.
-- A batch without a COA has coa_present false and every COA column null.
create table products_batch (
    user_id                 text    not null,
    id                      text    not null,
    product_id              text    not null,
    batch_code              text    not null,
    purchased_on            text,
    coa_present             integer not null default 0,
    coa_lab                 text,
    coa_tested_on           text,
    coa_batch_code          text,
    mitragynine_percent     real,
    seven_oh_percent        real,
    total_alkaloids_percent real,
    lead_ug_per_g           real,
    arsenic_ug_per_g        real,
    cadmium_ug_per_g        real,
    mercury_ug_per_g        real,
    salmonella              text,
    e_coli                  text,
    total_aerobic_cfu_per_g real,
    yeast_mold_cfu_per_g    real,
    request_hash            text    not null,
    created_at              bigint  not null,
    updated_at              bigint  not null,
    primary key (user_id, id),
    foreign key (user_id, product_id) references products_product (user_id, id)
);
create index products_batch_product on products_batch (user_id, product_id);

create table products_recall (
    user_id      text   not null,
    id           text   not null,
    vendor       text   not null,
    product      text   not null,
    batch_code   text,
    reason       text   not null,
    source       text   not null,
    recalled_on  text   not null,
    created_at   bigint not null,
    primary key (user_id, id)
);

-- The journal's part of issue 4: product quality asks for the grams taken per batch per day.
create index journal_dose_batch on journal_dose (user_id, batch_id, taken_at);
