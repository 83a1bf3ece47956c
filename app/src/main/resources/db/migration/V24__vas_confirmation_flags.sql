-- Value-added subscriptions still unconfirmed 48 hours (ReminderRules.flagAfterHours) after they
-- started (docs/surveys.md, "Preventive reminders"). One row per subscription: the primary key is
-- the subscription's, so the daily job flags each one once however often it runs. No foreign key:
-- an import may replace vas_subscriptions, and a flag stays a record of what was seen then.
create table vas_confirmation_flags (
    msisdn         varchar(11)  not null,
    service_code   varchar(32)  not null,
    subscribed_at  timestamp    not null,
    flagged_at     timestamptz  not null,
    primary key (msisdn, service_code, subscribed_at)
);
create index vas_confirmation_flags_latest on vas_confirmation_flags (flagged_at desc);

-- The daily job reads the subscriptions of the last days only.
create index vas_subscriptions_unconfirmed_by_start on vas_subscriptions (subscribed_at)
    where not confirmed and cancelled_at is null;
