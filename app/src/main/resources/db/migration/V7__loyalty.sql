-- Loyalty points (docs/loyalty.md). The ledger is append-only: points_entries accepts INSERT
-- only (a trigger refuses UPDATE and DELETE); a correction is a REVERSAL entry naming the entry
-- it reverses. Every entry has a unique idempotency key, so any step that writes entries can be
-- run again and adds nothing twice. The balance is the sum of an account's entries.

-- One row per subscriber who has points; writers lock it (SELECT ... FOR UPDATE) so that two
-- debits of the same account run one after the other and the balance never goes below zero.
create table points_accounts (
    msisdn      varchar(11)  primary key,
    opened_at   timestamptz  not null
);

create table points_entries (
    id               bigserial    primary key,
    msisdn           varchar(11)  not null,
    type             varchar(20)  not null,
    points           bigint       not null,
    -- the day the entry counts for (accrual: the month's last day; expiry: the cycle's last day)
    effective_on     date         not null,
    -- when a credit's points expire (null: never, or a debit)
    expires_on       date,
    -- the month whose spend earned an accrual entry
    earned_month     date,
    -- the entry this one reverses; checked by the code that writes reversals, not by a foreign
    -- key, whose per-row trigger would fire for each of the millions of accrual rows
    reverses         bigint,
    reference        varchar(64),
    reason           varchar(500),
    idempotency_key  varchar(120) not null unique,
    created_by       varchar(64)  not null,
    created_at       timestamptz  not null
);
create index points_entries_by_account on points_entries (msisdn, id) include (points, type, expires_on);
create index points_entries_by_month on points_entries (earned_month) where earned_month is not null;

create function points_entries_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'points_entries is append-only: write a REVERSAL entry instead of %', tg_op;
end $$;
create trigger points_entries_no_update_or_delete before update or delete on points_entries
    for each row execute function points_entries_append_only();

-- The month's accrual input, one row per subscriber with usage, built by one scan of
-- usage_monthly (which has no index by month) so that the chunks read it by number range.
-- Derived data only: unlogged, rebuilt at the start of every run.
create unlogged table points_accrual_stage (
    month         date         not null,
    msisdn        varchar(11)  not null,
    spend_yuan    bigint       not null,
    data_yuan     bigint       not null,
    tenure_years  integer      not null,
    stars         integer      not null,
    primary key (month, msisdn)
);

-- Completed monthly accrual chunks, so that a re-run after a crash skips what is done.
create table points_accrual_runs (
    month        date         not null,
    from_msisdn  varchar(12)  not null,
    to_msisdn    varchar(12)  not null,
    entries      bigint       not null,
    finished_at  timestamptz  not null,
    primary key (month, from_msisdn, to_msisdn)
);

create table points_catalog (
    code            varchar(32)   primary key,
    name_zh         varchar(100)  not null,
    name_en         varchar(100)  not null,
    kind            varchar(20)   not null check (kind in ('SERVICE','MOBILE_PRODUCT','MERCHANT_GOODS')),
    cost_points     bigint        not null check (cost_points > 0),
    stock           integer       check (stock >= 0),
    limit_per_subscriber integer  check (limit_per_subscriber > 0),
    valid_from      date,
    valid_to        date
);

create table points_redemptions (
    id          bigserial    primary key,
    msisdn      varchar(11)  not null,
    item        varchar(32)  not null references points_catalog(code),
    quantity    integer      not null check (quantity > 0),
    points      bigint       not null,
    entry_id    bigint       not null references points_entries(id),
    created_at  timestamptz  not null
);
create index points_redemptions_by_account on points_redemptions (msisdn, item);

create table points_merchants (
    code     varchar(32)   primary key,
    name_zh  varchar(100)  not null,
    name_en  varchar(100)  not null
);

create table points_authorisations (
    id            bigserial    primary key,
    merchant      varchar(32)  not null references points_merchants(code),
    msisdn        varchar(11)  not null,
    points        bigint       not null check (points > 0),
    status        varchar(12)  not null check (status in ('AUTHORISED','CAPTURED','CANCELLED','EXPIRED')),
    authorised_at timestamptz  not null,
    hold_until    timestamptz  not null,
    settled_at    timestamptz
);
create index points_authorisations_open on points_authorisations (hold_until) where status = 'AUTHORISED';
create index points_authorisations_settlement on points_authorisations (merchant, settled_at) where status = 'CAPTURED';

create table points_transfers (
    id          bigserial    primary key,
    from_msisdn varchar(11)  not null,
    to_msisdn   varchar(11)  not null,
    points      bigint       not null check (points > 0),
    reason      varchar(500) not null,
    created_at  timestamptz  not null
);
create index points_transfers_by_sender on points_transfers (from_msisdn, created_at);

create table points_auctions (
    id           bigserial    primary key,
    title_zh     varchar(200) not null,
    title_en     varchar(200) not null,
    reserve      bigint       not null check (reserve > 0),
    ends_at      timestamptz  not null,
    status       varchar(8)   not null check (status in ('OPEN','CLOSED')),
    winner       varchar(11),
    winning_bid  bigint,
    closed_at    timestamptz
);
create index points_auctions_open on points_auctions (ends_at) where status = 'OPEN';

create table points_bids (
    id          bigserial    primary key,
    auction_id  bigint       not null references points_auctions(id),
    msisdn      varchar(11)  not null,
    points      bigint       not null,
    status      varchar(8)   not null check (status in ('HELD','RELEASED','WON')),
    placed_at   timestamptz  not null
);
create index points_bids_by_auction on points_bids (auction_id, points desc);

-- Generic Idempotency-Key handling for API writes (io.manyi.platform.idempotency): the first
-- request with a key stores its answer; a replay gets that answer.
create table idempotency_keys (
    scope            varchar(64)  not null,
    key              varchar(200) not null,
    request_hash     char(64)     not null,
    status           varchar(10)  not null check (status in ('IN_FLIGHT','DONE')),
    response_status  integer,
    response_body    text,
    created_at       timestamptz  not null,
    completed_at     timestamptz,
    primary key (scope, key)
);

-- The demo catalog and merchants (an operator edits them).
insert into points_catalog (code, name_zh, name_en, kind, cost_points, stock, limit_per_subscriber, valid_from, valid_to) values
    ('DATA-1G',      '1GB 流量包',        '1 GB data pack',          'MOBILE_PRODUCT', 500,  null, null, null, null),
    ('TOPUP-10',     '10元话费充值卡',    '10 yuan top-up card',     'MOBILE_PRODUCT', 1000, null, 12,   null, null),
    ('LOUNGE',       '机场贵宾厅服务',    'Airport lounge visit',    'SERVICE',        3000, 500,  2,    null, null),
    ('MOVIE',        '电影票兑换券',      'Cinema ticket voucher',   'MERCHANT_GOODS', 1500, 2000, 4,    null, null),
    ('POWERBANK',    '移动电源',          'Power bank',              'MERCHANT_GOODS', 4000, 300,  1,    null, null);

insert into points_merchants (code, name_zh, name_en) values
    ('M-COFFEE', '街角咖啡', 'Corner Coffee'),
    ('M-MART',   '便民超市', 'Neighbourhood Mart'),
    ('M-RAIL',   '高铁餐车', 'Rail Dining Car');
