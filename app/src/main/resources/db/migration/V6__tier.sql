-- Star levels (docs/tiers.md). One assessment per subscriber per month, written by the monthly
-- run in one transaction per month: a month is either wholly assessed or not at all, so a run
-- that died is simply run again.

create table tier_assessments (
    month              date         not null,
    msisdn             varchar(11)  not null,
    stars              smallint     not null check (stars between 0 and 5),
    candidate_stars    smallint     not null check (candidate_stars between 0 and 5),
    previous_stars     smallint,
    months_below       smallint     not null,
    score              integer      not null,
    tenure_points      integer      not null,
    spend_points       integer      not null,
    stability_points   integer      not null,
    arrears_points     integer      not null,
    average_spend      numeric(14,2) not null,
    reasons            json         not null, -- kept as written (no jsonb parse on a million-row COPY)
    -- The VIP card review this month made, if any (November, or a subscriber's first month in a cycle);
    -- copied into vip_cards at the end of the run.
    vip_review         varchar(8)   check (vip_review in ('ANNUAL','OPENING')),
    vip_cycle_year     smallint,
    vip_card           varchar(8)   check (vip_card in ('SILVER','GOLD','DIAMOND')),
    vip_points         bigint,
    vip_months         smallint,
    primary key (month, msisdn)
);
create index tier_assessments_by_msisdn on tier_assessments (msisdn, month desc);

-- One row per assessed month: the marker that the month is complete, and what it did.
-- high_from / mid_from: the month's value-segment cut-offs (lowest ARPU of HIGH and of MID).
create table tier_runs (
    month          date         primary key,
    subscribers    bigint       not null,
    high_from      numeric(14,2) not null,
    mid_from       numeric(14,2) not null,
    changes        bigint       not null,
    seconds        numeric(10,2) not null,
    finished_at    timestamptz  not null
);

-- The level in force: each subscriber's latest assessment.
create view current_tiers as
select a.*
from tier_assessments a
where a.month = (select max(month) from tier_runs);

-- GoTone VIP cards, reviewed once a year for a points cycle (Dec-Nov, named by the year it ends).
-- card null: reviewed, no card. review: ANNUAL at the end of the previous cycle, OPENING when the
-- platform (or the subscriber) started mid-cycle.
create table vip_cards (
    msisdn          varchar(11) not null,
    cycle_year      smallint    not null,
    card            varchar(8)  check (card in ('SILVER','GOLD','DIAMOND')),
    points          bigint      not null,
    months_counted  smallint    not null,
    review          varchar(8)  not null check (review in ('ANNUAL','OPENING')),
    reviewed_month  date        not null,
    primary key (msisdn, cycle_year)
);

-- Value segments by ARPU percentile: each assessment's average spend against its month's cut-offs
-- (a view, so that a month's run writes no second million rows).
create view value_segments as
select a.month, a.msisdn,
       case when a.average_spend >= r.high_from then 'HIGH' when a.average_spend >= r.mid_from then 'MID'
            else 'LOW' end as segment
from tier_assessments a
join tier_runs r on r.month = a.month;
