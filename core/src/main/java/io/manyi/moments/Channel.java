package io.manyi.moments;

/** Who carries out a moment's action: the subscriber's phone manager, account manager, or a text message. */
public enum Channel {
    PHONE_MANAGER, ACCOUNT_MANAGER, SMS;

    public boolean isCall() {
        return this != SMS;
    }
}
