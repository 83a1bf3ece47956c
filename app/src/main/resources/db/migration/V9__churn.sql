-- Churn early warning (docs/churn.md): trained models, monthly scores with reasons and health,
-- and the warning rules that fired. A monthly scoring run writes one month in one transaction,
-- so a run that died is simply run again.

-- A trained model with how good it is on months it did not train on. At most one is current.
-- metrics: {"rows":..,"positives":..,"auc":..,"prAuc":..,"topDecileLift":..,"accuracy":..,"f1":..,
--           "oracleAuc":.. (synthetic province only), "logLoss":..,"brier":..}
-- report:  {"roc":[[fpr,tpr],..],"lift":[[decile,lift],..],"calibration":[[meanPredicted,observed,count],..],
--           "importance":[[feature,gain],..]}
create table churn_models (
    version            varchar(64)  primary key,
    created_at         timestamptz  not null,
    horizon_months     smallint     not null,
    train_from         date         not null,
    train_to           date         not null,
    validate_from      date         not null,
    validate_to        date         not null,
    features           jsonb        not null,
    metrics            jsonb        not null,
    report             jsonb        not null,
    model              bytea        not null,
    is_current         boolean      not null default false
);
create unique index churn_models_one_current on churn_models (is_current) where is_current;

-- One row per active subscriber per scored month. probability: calibrated, within horizon_months.
-- composite: the seeds' weighted group churn rates x 100. health_*: 0 (bad) .. 100 (good).
-- value_yuan: average monthly spend over the last 3 months (risk x value sorts the at-risk list).
-- reasons_*: the top three sentences, most important first.
create table churn_scores (
    month              date         not null,
    msisdn             varchar(11)  not null,
    model_version      varchar(64)  references churn_models (version),
    probability        real         not null check (probability between 0 and 1),
    composite          smallint     not null check (composite between 0 and 100),
    health_tariff      smallint     not null check (health_tariff between 0 and 100),
    health_services    smallint     not null check (health_services between 0 and 100),
    health_experience  smallint     not null check (health_experience between 0 and 100),
    health_circle      smallint     not null check (health_circle between 0 and 100),
    value_yuan         numeric(14,2) not null,
    reasons_en         text[]       not null,
    reasons_zh         text[]       not null,
    primary key (month, msisdn)
);
create index churn_scores_by_msisdn on churn_scores (msisdn, month desc);
create index churn_scores_by_risk on churn_scores (month, probability desc);

-- Warning rules that fire without a model (each a setting). Each firing is also published as a
-- ChurnWarningFired domain event for key moments; unique so that a re-run fires nothing twice.
create table churn_warnings (
    id                 bigserial    primary key,
    month              date         not null,
    msisdn             varchar(11)  not null,
    rule               varchar(40)  not null,
    detail_en          text         not null,
    detail_zh          text         not null,
    fired_at           timestamptz  not null,
    unique (month, msisdn, rule)
);
create index churn_warnings_by_msisdn on churn_warnings (msisdn, month desc);

-- One row per scored month: the marker that the month is complete.
create table churn_runs (
    month              date         primary key,
    model_version      varchar(64)  references churn_models (version),
    subscribers        bigint       not null,
    warnings           bigint       not null,
    seconds            numeric(10,2) not null,
    finished_at        timestamptz  not null
);
