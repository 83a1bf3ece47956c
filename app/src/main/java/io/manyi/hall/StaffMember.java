package io.manyi.hall;

/** A clerk or manager of a hall, as the hall's staff list shows them. */
public record StaffMember(String username, String hallId, String displayName, String position) {
}
