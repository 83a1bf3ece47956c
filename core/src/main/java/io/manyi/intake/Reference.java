package io.manyi.intake;

/** A kind of key that rows of one kind refer to and rows of another kind provide. */
public enum Reference {
    PLAN("plan"),
    STAFF("staff member"),
    SUBSCRIBER("subscriber"),
    GROUP("group customer");

    private final String noun;

    Reference(String noun) {
        this.noun = noun;
    }

    /** "is not a known subscriber (neither in the database nor in this import)". */
    String unknownReason() {
        return "is not a known " + noun + " (neither in the database nor imported before it)";
    }
}
