-- The managers' dashboard (docs/dashboard.md): monthly rollups by city, so that the page reads a
-- few hundred rows instead of scanning a million subscribers' facts. Each row keeps counts and sums
-- (numerators and denominators), never rates: the province is the sum of its cities, and a rate is
-- computed when read. A month is refreshed wholly in one transaction (delete, insert), so a refresh
-- can run again at any time and gives the same rows.

create table dashboard_monthly (
    month               date          not null,
    city                varchar(50)   not null,
    subscribers         bigint        not null, -- on the network during the month
    midhigh_base        bigint        not null, -- mid/high-end at the start of the month (previous month's assessment)
    midhigh_churned     bigint        not null, -- of those, cancelled during the month
    assessed            bigint        not null, -- star assessments of the month
    stars_0             bigint        not null,
    stars_1             bigint        not null,
    stars_2             bigint        not null,
    stars_3             bigint        not null,
    stars_4             bigint        not null,
    stars_5             bigint        not null,
    vip_reviewed        bigint        not null, -- GoTone subscribers on the network with a card review for the month's cycle
    vip_silver          bigint        not null,
    vip_gold            bigint        not null,
    vip_diamond         bigint        not null,
    points_outstanding  bigint        not null, -- sum of the ledger's entries effective by the month's last day
    points_value        numeric(14,2) not null, -- at the yuanPerPoint in force when refreshed
    tasks_due           bigint        not null,
    tasks_done          bigint        not null,
    tasks_accepted      bigint        not null,
    tasks_failed        bigint        not null,
    tasks_expired       bigint        not null,
    tickets             bigint        not null, -- opened in the month
    sla_counted         bigint        not null, -- of those, closed or breached
    sla_met             bigint        not null, -- of those, not breached
    surveys_sent        bigint        not null,
    surveys_answered    bigint        not null,
    score_sum           bigint        not null, -- sum of the answered surveys' overall scores
    primary key (month, city)
);

-- Satisfaction by dimension question (NETWORK, FEES, ...): answers that scored it and their sum.
create table dashboard_satisfaction (
    month      date         not null,
    city       varchar(50)  not null,
    dimension  varchar(32)  not null,
    answers    bigint       not null,
    score_sum  bigint       not null,
    primary key (month, city, dimension)
);

-- One row per refreshed month: when and how long.
create table dashboard_rollup_runs (
    month         date          primary key,
    refreshed_at  timestamptz   not null,
    seconds       numeric(10,2) not null
);
