package io.manyi.churn;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * One subscriber's monthly facts over a window of months, in primitive arrays so that a million
 * subscribers stream through without boxing: month {@code i} of the arrays is
 * {@code firstMonth + i}. A loader fills one instance, the features are computed, then the
 * instance is {@link #reset} for the next subscriber (no allocation per subscriber once the
 * complaint and service arrays have grown to their largest).
 *
 * <p>Times (complaints, value-added services) are local date-times as epoch seconds read as UTC,
 * which is only ever compared with other local times. {@link #cancelledOn} is there for labels
 * and for "active in the month", never for features.
 */
public final class ChurnFacts {

    public static final int UNKNOWN_STARS = -1;
    public static final long OPEN = Long.MAX_VALUE;

    public final YearMonth firstMonth;
    public final int months;

    public String msisdn;
    public String brand;
    public String city;
    public String planCode;
    public boolean premiumNumber;
    public LocalDate activatedOn;
    /** Null when not on contract. */
    public LocalDate contractEnd;
    /** Null when still on the network (as far as the data goes). */
    public LocalDate cancelledOn;

    /** A usage row exists for the month. */
    public final boolean[] present;
    public final long[] spendFen;
    /** Local + long-distance + roaming minutes. */
    public final int[] minutes;
    public final int[] roamingMinutes;
    public final int[] sms;
    public final int[] dataMb;
    public final long[] vasFen;
    public final int[] competitorCalls;
    public final int[] competitorForwards;
    public final int[] contacts;
    public final int[] competitorContacts;
    public final long[] arrearsFen;
    public final int[] daysOverdue;
    /** Star level assessed for the month, or {@link #UNKNOWN_STARS}. */
    public final int[] stars;

    public int complaintCount;
    public long[] complaintOpened = new long[4];
    /** {@link #OPEN} when still open at the export. */
    public long[] complaintClosed = new long[4];

    public int serviceCount;
    public long[] serviceFrom = new long[8];
    /** {@link #OPEN} when still active at the export. */
    public long[] serviceTo = new long[8];
    public boolean[] serviceConfirmed = new boolean[8];

    /** Months before the window whose boundaries are precomputed (features look back up to six). */
    private static final int BEFORE = 12;
    /** Start of month {@code i - BEFORE} as epoch seconds, for i up to months + BEFORE: no date objects per call. */
    private final long[] monthStarts;
    /** Last day of month {@code i} of the window. */
    private final LocalDate[] monthEnds;
    private final int firstMonthNumber;

    public ChurnFacts(YearMonth firstMonth, int months) {
        this.firstMonth = firstMonth;
        this.months = months;
        this.firstMonthNumber = firstMonth.getYear() * 12 + firstMonth.getMonthValue() - 1;
        monthStarts = new long[months + 2 * BEFORE + 1];
        for (int i = 0; i < monthStarts.length; i++) {
            monthStarts[i] = firstMonth.plusMonths(i - BEFORE).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        }
        monthEnds = new LocalDate[months + BEFORE];
        for (int i = 0; i < monthEnds.length; i++) {
            monthEnds[i] = firstMonth.plusMonths(i).atEndOfMonth();
        }
        present = new boolean[months];
        spendFen = new long[months];
        minutes = new int[months];
        roamingMinutes = new int[months];
        sms = new int[months];
        dataMb = new int[months];
        vasFen = new long[months];
        competitorCalls = new int[months];
        competitorForwards = new int[months];
        contacts = new int[months];
        competitorContacts = new int[months];
        arrearsFen = new long[months];
        daysOverdue = new int[months];
        stars = new int[months];
        Arrays.fill(stars, UNKNOWN_STARS);
    }

    /** Clears everything for the next subscriber. */
    public void reset(String newMsisdn) {
        msisdn = newMsisdn;
        brand = null;
        city = null;
        planCode = null;
        premiumNumber = false;
        activatedOn = null;
        contractEnd = null;
        cancelledOn = null;
        Arrays.fill(present, false);
        Arrays.fill(spendFen, 0);
        Arrays.fill(minutes, 0);
        Arrays.fill(roamingMinutes, 0);
        Arrays.fill(sms, 0);
        Arrays.fill(dataMb, 0);
        Arrays.fill(vasFen, 0);
        Arrays.fill(competitorCalls, 0);
        Arrays.fill(competitorForwards, 0);
        Arrays.fill(contacts, 0);
        Arrays.fill(competitorContacts, 0);
        Arrays.fill(arrearsFen, 0);
        Arrays.fill(daysOverdue, 0);
        Arrays.fill(stars, UNKNOWN_STARS);
        complaintCount = 0;
        serviceCount = 0;
    }

    /** The array index of {@code month}, or -1 outside the window. */
    public int indexOf(YearMonth month) {
        int i = month.getYear() * 12 + month.getMonthValue() - 1 - firstMonthNumber;
        return i >= 0 && i < months ? i : -1;
    }

    /** The index {@code date}'s month has, or would have, in the window (negative before it). */
    public int monthNumber(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1 - firstMonthNumber;
    }

    /** The last day of month {@code m} of the window (m may run up to a year past it). */
    public LocalDate monthEnd(int m) {
        return monthEnds[m];
    }

    public YearMonth month(int index) {
        return firstMonth.plusMonths(index);
    }

    public void usage(int m, long spend, int totalMinutes, int roaming, int texts, int data, long vas, int compCalls,
                      int forwards, int distinctContacts, int compContacts) {
        present[m] = true;
        spendFen[m] = spend;
        minutes[m] = totalMinutes;
        roamingMinutes[m] = roaming;
        sms[m] = texts;
        dataMb[m] = data;
        vasFen[m] = vas;
        competitorCalls[m] = compCalls;
        competitorForwards[m] = forwards;
        contacts[m] = distinctContacts;
        competitorContacts[m] = compContacts;
    }

    public void bill(int m, long arrears, int overdueDays) {
        arrearsFen[m] = arrears;
        daysOverdue[m] = overdueDays;
    }

    public void complaint(long openedAt, long closedAt) {
        if (complaintCount == complaintOpened.length) {
            complaintOpened = Arrays.copyOf(complaintOpened, complaintCount * 2);
            complaintClosed = Arrays.copyOf(complaintClosed, complaintCount * 2);
        }
        complaintOpened[complaintCount] = openedAt;
        complaintClosed[complaintCount] = closedAt;
        complaintCount++;
    }

    public void service(long from, long to, boolean confirmed) {
        if (serviceCount == serviceFrom.length) {
            serviceFrom = Arrays.copyOf(serviceFrom, serviceCount * 2);
            serviceTo = Arrays.copyOf(serviceTo, serviceCount * 2);
            serviceConfirmed = Arrays.copyOf(serviceConfirmed, serviceCount * 2);
        }
        serviceFrom[serviceCount] = from;
        serviceTo[serviceCount] = to;
        serviceConfirmed[serviceCount] = confirmed;
        serviceCount++;
    }

    /** On the network at the end of month {@code m}: activated by then and not cancelled by then. */
    public boolean activeAtEnd(int m) {
        LocalDate end = monthEnds[m];
        return activatedOn != null && !activatedOn.isAfter(end) && (cancelledOn == null || cancelledOn.isAfter(end));
    }

    /** Left within the {@code horizon} months after month {@code m}. */
    public boolean churnedWithin(int m, int horizon) {
        if (cancelledOn == null) {
            return false;
        }
        return cancelledOn.isAfter(monthEnds[m]) && !cancelledOn.isAfter(monthEnds[m + horizon]);
    }

    /** A local date-time as the epoch seconds this class compares. */
    public static long seconds(LocalDateTime at) {
        return at == null ? OPEN : at.toEpochSecond(ZoneOffset.UTC);
    }

    /** The first moment after month {@code m}, as epoch seconds. */
    public long endOfMonthSeconds(int m) {
        return monthStarts[m + 1 + BEFORE];
    }
}
