package io.manyi.campaigns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The random draw of an arm, made deterministic: a hash of the campaign (or moment type) and the
 * number gives a uniform number in [0, 1); below the control share is CONTROL. Re-runs, replays
 * and a second server give every subscriber the same arm without storing a seed, and the draw is
 * independent of anything about the subscriber (SHA-256 mixes every input bit).
 */
public final class ArmDraw {

    private ArmDraw() {
    }

    /** The arm of {@code msisdn} in campaign {@code campaignId} with {@code controlPercent} % held back. */
    public static Arm campaign(long campaignId, String msisdn, double controlPercent) {
        return draw("campaign:" + campaignId + ":" + msisdn, controlPercent);
    }

    /** The arm of {@code msisdn} in the holdout of moment type {@code type}. */
    public static Arm holdout(String type, String msisdn, double controlPercent) {
        return draw("holdout:" + type + ":" + msisdn, controlPercent);
    }

    static Arm draw(String key, double controlPercent) {
        return unit(key) * 100 < controlPercent ? Arm.CONTROL : Arm.TREATED;
    }

    /** A uniform number in [0, 1) from the first 53 bits of the key's SHA-256. */
    static double unit(String key) {
        byte[] digest = sha256(key.getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        return (bits >>> 11) * 0x1.0p-53;
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
