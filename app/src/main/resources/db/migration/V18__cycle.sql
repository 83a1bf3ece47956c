-- The monthly cycle (docs/cycle.md): which steps of which month finished, with rows and time per step.
-- A re-run skips the steps marked DONE and runs again a step left RUNNING by a killed run.
create table cycle_runs (
    month       date primary key,
    -- the day the cycle's moments are detected and dispatched for, fixed by the first run of the month
    run_day     date        not null,
    quiet       boolean     not null,
    started_at  timestamptz not null,
    finished_at timestamptz
);

create table cycle_steps (
    month       date        not null references cycle_runs (month),
    step        text        not null,
    position    int         not null,
    status      text        not null check (status in ('RUNNING', 'DONE')),
    attempts    int         not null,
    rows_done   bigint,
    seconds     numeric(10, 2),
    note        text,
    started_at  timestamptz not null,
    finished_at timestamptz,
    primary key (month, step)
);
