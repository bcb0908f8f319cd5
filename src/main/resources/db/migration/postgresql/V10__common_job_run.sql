-- One row per run of a scheduled job (job name, the minute it was due): the node that inserts the
-- row runs the job, every other node sees the key taken and skips it, so a job runs once across nodes.
create table common_job_run (
    job        text   not null,
    slot       bigint not null,
    node       text   not null,
    started_at bigint not null,
    primary key (job, slot)
);
