package io.manyi.tier;

/** A monthly assessment that may not run as asked (a later month is already assessed, no data, ...). */
public class TierRunRefused extends RuntimeException {

    public TierRunRefused(String message) {
        super(message);
    }
}
