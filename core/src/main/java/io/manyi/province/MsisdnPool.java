package io.manyi.province;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Hands out unique 11-digit China Mobile numbers without remembering them: within each
 * three-digit prefix, the n-th number is an affine permutation of n modulo 10^8, so numbers
 * look scattered yet never repeat. Premium numbers (靓号, tails like 8888) are drawn at random
 * and kept in a small set that the permutation skips.
 */
final class MsisdnPool {

    private static final long SPAN = 100_000_000L;
    private static final long MULTIPLIER = 73_939_133L; // odd and not a multiple of 5: invertible mod 10^8
    private static final long INVERSE = BigInteger.valueOf(MULTIPLIER).modInverse(BigInteger.valueOf(SPAN)).longValue();

    /**
     * Prefixes by the era the number was issued in: only 13x at first, then 15x, 147 and 18x,
     * later 178 and 198; old prefixes keep being issued as numbers are recycled.
     */
    private static final int[][] ERA_PREFIXES = {
            {134, 135, 136, 137, 138, 139},
            {134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 182, 187, 188},
            {134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 178, 182, 183, 184, 187, 188},
            {134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 178, 182, 183, 184, 187, 188, 198,
                    198, 198}};
    private static final String[] PREMIUM_TAILS = {
            "8888", "6666", "9999", "1688", "8899", "6688", "5678", "1314", "5201", "3344", "8866", "2288", "7777",
            "0000", "1111", "8008", "9988", "6868"};

    private final long[] issued = new long[1000];
    private final long[] offset = new long[1000];
    private final Set<Long> premium = new HashSet<>();

    MsisdnPool(long seed) {
        SplittableRandom rng = new SplittableRandom(Draw.mix(seed, 0x4D5349L));
        for (int prefix = 0; prefix < offset.length; prefix++) {
            offset[prefix] = rng.nextLong(SPAN);
        }
    }

    String normal(SplittableRandom rng, LocalDate activatedOn) {
        int prefix = prefixFor(rng, activatedOn);
        while (true) {
            long n = issued[prefix]++;
            if (n >= SPAN) {
                throw new IllegalStateException("prefix " + prefix + " is exhausted");
            }
            long number = prefix * SPAN + Math.floorMod(n * MULTIPLIER + offset[prefix], SPAN);
            if (!premium.contains(number)) {
                return Long.toString(number);
            }
        }
    }

    String premium(SplittableRandom rng, LocalDate activatedOn) {
        while (true) {
            int prefix = prefixFor(rng, activatedOn);
            long number = prefix * SPAN + rng.nextInt(10_000) * 10_000L
                    + Integer.parseInt(PREMIUM_TAILS[rng.nextInt(PREMIUM_TAILS.length)]);
            long index = Math.floorMod((number % SPAN - offset[prefix]) * INVERSE, SPAN);
            boolean alreadyIssued = index < issued[prefix];
            if (!alreadyIssued && premium.add(number)) {
                return Long.toString(number);
            }
        }
    }

    private static int prefixFor(SplittableRandom rng, LocalDate activatedOn) {
        int year = activatedOn.getYear();
        int era = year < 2008 ? 0 : year < 2013 ? 1 : year < 2018 ? 2 : 3;
        int[] prefixes = ERA_PREFIXES[era];
        return prefixes[rng.nextInt(prefixes.length)];
    }
}
