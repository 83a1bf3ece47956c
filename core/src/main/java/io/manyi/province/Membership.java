package io.manyi.province;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Which group a subscriber belongs to and who looks after them: members of class A/B groups
 * have the group's account manager; most other mid- and high-value subscribers (50 yuan a
 * month and more) are in a phone manager's book, in their own city where it has one.
 */
final class Membership {

    static final double MID_VALUE_YUAN = 50;
    static final double BOOKED_SHARE = 0.92;

    private Membership() {
    }

    static void assign(SplittableRandom rng, SubscriberProfile p, Window window, Organisation organisation,
                       LocalDate cancelledOn, ProvinceSink sink) {
        LocalDate start = window.get(0).month().atDay(1);
        Organisation.GroupCustomer group = null;
        LocalDate joined = null;
        boolean dongli = p.brand == BrandProfile.DONGLI100;
        if (dongli || Draw.chance(rng, p.brand.groupMemberShare)) {
            group = organisation.groupFor(rng, p.city.name(), dongli);
            joined = between(rng, p.activatedOn, start.isAfter(p.activatedOn) ? start : p.activatedOn);
            sink.groupMember(new Rows.GroupMember(group.row().groupId(), p.msisdn, joined, cancelledOn));
        }
        if (group != null && group.accountManagerOfMembers() != null) {
            sink.assignment(new Rows.Assignment(p.msisdn, Organisation.ACCOUNT_MANAGER,
                    group.accountManagerOfMembers(), since(rng, joined, start)));
        } else if (p.arpuYuan >= MID_VALUE_YUAN && Draw.chance(rng, BOOKED_SHARE)) {
            sink.assignment(new Rows.Assignment(p.msisdn, Organisation.PHONE_MANAGER,
                    organisation.phoneManagerFor(rng, p.city.name()), since(rng, p.activatedOn, start)));
        }
    }

    /** Books are reshuffled now and then: the current manager took over within the last two years. */
    private static LocalDate since(SplittableRandom rng, LocalDate notBefore, LocalDate windowStart) {
        LocalDate candidate = windowStart.minusDays(rng.nextInt(730));
        return candidate.isBefore(notBefore) ? notBefore : candidate;
    }

    private static LocalDate between(SplittableRandom rng, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days > 0 ? from.plusDays(rng.nextLong(days)) : from;
    }
}
