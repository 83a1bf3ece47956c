-- Business halls (docs/halls.md): halls of class A-D and their staff, visits, the system's side
-- of each business day (transactions, card movements, invoices), the daily close (日清) and the
-- month close (月结), corrections, and mystery-shopper and compliance checks.

create table halls (
    hall_id    varchar(16)  primary key,
    name       varchar(100) not null,
    class      char(1)      not null check (class in ('A','B','C','D')),
    city       varchar(50)  not null,
    district   varchar(50),
    opened_on  date         not null  -- the first business day: its opening stock is empty
);

create table hall_staff (
    username      varchar(64)  primary key,
    hall_id       varchar(16)  not null references halls(hall_id),
    display_name  varchar(100) not null,
    position      varchar(16)  not null check (position in ('CLERK','HALL_MANAGER'))
);
create index hall_staff_by_hall on hall_staff (hall_id);

create table hall_visits (
    id           bigserial    primary key,
    hall_id      varchar(16)  not null references halls(hall_id),
    clerk        varchar(64),
    msisdn       varchar(11),
    service      varchar(32)  not null,
    arrived_at   timestamptz  not null,
    called_at    timestamptz,
    finished_at  timestamptz,
    check (called_at is null or called_at >= arrived_at),
    check (finished_at is null or (called_at is not null and finished_at >= called_at))
);
create index hall_visits_by_hall on hall_visits (hall_id, arrived_at);

-- The system's side of a business day (BOSS): what was taken, by payment method.
create table hall_transactions (
    id            bigserial     primary key,
    hall_id       varchar(16)   not null references halls(hall_id),
    business_day  date          not null,
    clerk         varchar(64)   not null,
    method        varchar(16)   not null check (method in ('CASH','CARD','WECHAT','ALIPAY')),
    amount        numeric(14,2) not null,
    kind          varchar(32)   not null,
    msisdn        varchar(11),
    recorded_at   timestamptz   not null
);
create index hall_transactions_by_day on hall_transactions (hall_id, business_day);

-- SIM and top-up cards in and out of the hall, as serial ranges.
create table hall_card_movements (
    id            bigserial    primary key,
    hall_id       varchar(16)  not null references halls(hall_id),
    business_day  date         not null,
    card_type     varchar(16)  not null,
    movement      varchar(8)   not null check (movement in ('RECEIVED','SOLD','RETURNED')),
    serial_from   bigint       not null,
    serial_to     bigint       not null,
    recorded_at   timestamptz  not null,
    check (serial_to >= serial_from)
);
create index hall_card_movements_by_day on hall_card_movements (hall_id, business_day);

-- Blank invoice rolls received, and each invoice issued or voided.
create table hall_invoice_rolls (
    hall_id       varchar(16)  not null references halls(hall_id),
    business_day  date         not null,
    number_from   bigint       not null,
    number_to     bigint       not null,
    check (number_to >= number_from),
    primary key (hall_id, number_from)
);

create table hall_invoices (
    id            bigserial     primary key,
    hall_id       varchar(16)   not null references halls(hall_id),
    business_day  date          not null,
    invoice_no    bigint        not null,
    status        varchar(8)    not null check (status in ('ISSUED','VOIDED')),
    amount        numeric(14,2),
    reason        varchar(200),
    recorded_at   timestamptz   not null
);
create index hall_invoices_by_day on hall_invoices (hall_id, business_day);

-- A closed day: what was counted (with the explanations) and what the reconciliation found, as
-- written at close. Never updated or deleted; a change is a row in hall_close_corrections.
create table hall_day_closes (
    hall_id       varchar(16)  not null references halls(hall_id),
    business_day  date         not null,
    counted       jsonb        not null,
    result        jsonb        not null,
    differences   integer      not null,
    closed_by     varchar(64)  not null,
    closed_at     timestamptz  not null,
    primary key (hall_id, business_day)
);

create table hall_close_corrections (
    id            bigserial     primary key,
    hall_id       varchar(16)   not null,
    business_day  date          not null,
    item          varchar(64)   not null,   -- cash.CASH, stock.SIM, invoices.unused
    before_value  varchar(4000),
    after_value   varchar(4000) not null,
    reason        varchar(500)  not null check (length(trim(reason)) > 0),
    corrected_by  varchar(64)   not null,
    corrected_at  timestamptz   not null,
    foreign key (hall_id, business_day) references hall_day_closes (hall_id, business_day)
);
create index hall_close_corrections_by_day on hall_close_corrections (hall_id, business_day, id);

create table hall_month_closes (
    hall_id    varchar(16)  not null references halls(hall_id),
    month      date         not null,
    closed_by  varchar(64)  not null,
    closed_at  timestamptz  not null,
    primary key (hall_id, month)
);

-- Mystery-shopper visits and daily compliance checks, per hall and (when it concerns one) clerk.
create table hall_checks (
    id           bigserial    primary key,
    hall_id      varchar(16)  not null references halls(hall_id),
    clerk        varchar(64),
    check_day    date         not null,
    kind         varchar(16)  not null check (kind in ('MYSTERY_SHOPPER','COMPLIANCE')),
    score        numeric(6,1) not null check (score >= 0),
    max_score    numeric(6,1) not null check (max_score > 0),
    note         varchar(1000),
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null,
    check (score <= max_score)
);
create index hall_checks_by_hall on hall_checks (hall_id, check_day);
create index hall_checks_by_clerk on hall_checks (clerk, check_day);

-- Nothing of a closed day changes: the database refuses it, whatever the application does.
create function hall_day_must_be_open() returns trigger language plpgsql as $$
declare
    row_hall varchar(16);
    row_day  date;
begin
    if tg_op = 'DELETE' then
        row_hall := old.hall_id; row_day := old.business_day;
    else
        row_hall := new.hall_id; row_day := new.business_day;
    end if;
    if exists (select 1 from hall_day_closes c where c.hall_id = row_hall and c.business_day = row_day) then
        raise exception 'hall % day % is closed: record a correction instead', row_hall, row_day
            using errcode = 'check_violation';
    end if;
    if tg_op = 'UPDATE' and exists (select 1 from hall_day_closes c
                                    where c.hall_id = old.hall_id and c.business_day = old.business_day) then
        raise exception 'hall % day % is closed: record a correction instead', old.hall_id, old.business_day
            using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;

create trigger hall_transactions_open before insert or update or delete on hall_transactions
    for each row execute function hall_day_must_be_open();
create trigger hall_card_movements_open before insert or update or delete on hall_card_movements
    for each row execute function hall_day_must_be_open();
create trigger hall_invoice_rolls_open before insert or update or delete on hall_invoice_rolls
    for each row execute function hall_day_must_be_open();
create trigger hall_invoices_open before insert or update or delete on hall_invoices
    for each row execute function hall_day_must_be_open();

create function hall_close_is_final() returns trigger language plpgsql as $$
begin
    raise exception '% of a closed day or month is not allowed: record a correction instead', lower(tg_op)
        using errcode = 'check_violation';
end $$;

create trigger hall_day_closes_final before update or delete on hall_day_closes
    for each row execute function hall_close_is_final();
create trigger hall_close_corrections_final before update or delete on hall_close_corrections
    for each row execute function hall_close_is_final();
create trigger hall_month_closes_final before update or delete on hall_month_closes
    for each row execute function hall_close_is_final();
