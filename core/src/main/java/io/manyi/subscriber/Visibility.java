package io.manyi.subscriber;

import io.manyi.platform.Role;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Which personal fields a user sees in clear. A user's visibility is the union over their
 * roles; docs/security.md explains each choice.
 *
 * @param msisdn    the phone number
 * @param name      the subscriber's name
 * @param idNumber  the ID card number and, with it, the full birth date (the ID number contains it)
 */
public record Visibility(boolean msisdn, boolean name, boolean idNumber) {

    public static final Visibility NOTHING = new Visibility(false, false, false);
    public static final Visibility EVERYTHING = new Visibility(true, true, true);

    public static Visibility of(Role role) {
        return switch (role) {
            // Administers the system and answers data-subject requests; every read is audited.
            case ADMIN -> EVERYTHING;
            // Checks the ID card at the counter (real-name registration, SIM replacement).
            case HALL_CLERK -> EVERYTHING;
            // Calls back and escalates for anyone; never needs the ID number itself.
            case SUPERVISOR, AGENT -> new Visibility(true, true, false);
            // Greets the subscriber by name; dials through the workbench, so the number stays masked.
            case PHONE_MANAGER, ACCOUNT_MANAGER -> new Visibility(false, true, false);
            // Works on aggregates: no identity at all.
            case ANALYST -> NOTHING;
            // A machine that routes calls: it gets a greeting (surname and title), never a field.
            case IVR -> NOTHING;
        };
    }

    public static Visibility of(Collection<Role> roles) {
        Visibility union = NOTHING;
        for (Role role : roles) {
            union = union.or(of(role));
        }
        return union;
    }

    public Visibility or(Visibility other) {
        return new Visibility(msisdn || other.msisdn, name || other.name, idNumber || other.idNumber);
    }

    public String showMsisdn(String value) {
        return msisdn ? value : Masking.msisdn(value);
    }

    public String showName(String value) {
        return name ? value : Masking.name(value);
    }

    public String showIdNumber(String value) {
        return idNumber ? value : Masking.idNumber(value);
    }

    /** The birth date in ISO form, or only its month and day ({@code ****-03-14}) for the birthday. */
    public String showBirthDate(LocalDate value) {
        if (value == null) {
            return null;
        }
        return idNumber ? value.toString() : "****" + value.toString().substring(4);
    }
}
