-- Campaigns with a random control arm, and the per-moment-type holdout (docs/campaigns.md).
--
-- A campaign acts on moments of the types it names that pass its filters (null filter: any),
-- during its window. The first time dispatch meets such a moment of a subscriber, the subscriber
-- becomes a member once, in an arm drawn deterministically from a hash of the campaign id and the
-- number (io.manyi.campaigns.ArmDraw): CONTROL members are never contacted from the campaign's
-- moments, so retention of the arms can be compared (uplift).

create table campaigns (
    id                     bigserial     primary key,
    name_zh                varchar(100)  not null,
    name_en                varchar(100)  not null,
    moment_types           text[]        not null,
    star_levels            smallint[],
    brands                 text[],
    cities                 text[],
    value_segments         text[],
    min_churn_probability  real          check (min_churn_probability between 0 and 1),
    offer_zh               text          not null,
    offer_en               text          not null,
    action_kind            varchar(20)   not null check (action_kind in ('OFFER','CARE_CALL','EXPLANATION','PLAN_CHANGE','RETENTION','CALLBACK')),
    starts_on              date          not null,
    ends_on                date          not null,
    control_percent        numeric(5,2)  not null check (control_percent >= 0 and control_percent < 100),
    status                 varchar(8)    not null check (status in ('DRAFT','ACTIVE','CLOSED')),
    created_by             varchar(64)   not null,
    created_at             timestamptz   not null,
    closed_at              timestamptz,
    check (ends_on >= starts_on)
);
create index campaigns_active on campaigns (starts_on, ends_on) where status = 'ACTIVE';

create table campaign_members (
    campaign_id        bigint       not null references campaigns (id),
    msisdn             varchar(11)  not null,
    arm                varchar(8)   not null check (arm in ('TREATED','CONTROL')),
    joined_on          date         not null,
    first_moment_id    bigint       not null,
    first_moment_type  varchar(40)  not null,
    primary key (campaign_id, msisdn)
);
create index campaign_members_by_msisdn on campaign_members (msisdn);

-- The per-moment-type holdout (setting campaigns.settings, holdoutPercent; 0 = off): while it is
-- on, every subscriber dispatch meets with a moment of the type is drawn once into an arm.
create table moment_holdouts (
    type             varchar(40)  not null,
    msisdn           varchar(11)  not null,
    arm              varchar(8)   not null check (arm in ('TREATED','CONTROL')),
    joined_on        date         not null,
    first_moment_id  bigint       not null,
    primary key (type, msisdn)
);

create index tasks_by_campaign on tasks (campaign_id, assignee) where campaign_id is not null;
