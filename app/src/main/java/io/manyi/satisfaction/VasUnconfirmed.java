package io.manyi.satisfaction;

import io.manyi.platform.outbox.Event;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * A value-added subscription was still unconfirmed past the flag time ({@code PreventiveReminders});
 * no consumer yet. Payload {@code {"serviceCode", "serviceName", "subscribedAt", "monthlyFee"}},
 * {@code subscribedAt} as {@link LocalDateTime#toString()} ({@code 2026-11-20T10:15}, seconds only when
 * not zero), as it was written before the record.
 *
 * @param month        the business month of the flag
 * @param subscribedAt the operator's local time of the subscription, as imported
 */
public record VasUnconfirmed(@Event.Subject String msisdn, @Event.BusinessMonth YearMonth month, String serviceCode,
                             String serviceName,
                             @JsonSerialize(using = ToStringSerializer.class) LocalDateTime subscribedAt,
                             BigDecimal monthlyFee) implements Event {

    /** The subscription in the key to the second, as the flagging query's {@code to_char(..., 'YYYY-MM-DD"T"HH24:MI:SS')}. */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @Override
    public String subject() {
        return msisdn;
    }

    @Override
    public YearMonth businessMonth() {
        return month;
    }

    @Override
    public String key() {
        return "vas-unconfirmed:" + msisdn + ":" + serviceCode + ":" + SECONDS.format(subscribedAt);
    }
}
