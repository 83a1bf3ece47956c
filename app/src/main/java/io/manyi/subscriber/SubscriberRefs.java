package io.manyi.subscriber;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opaque references to subscribers, for links seen by readers who may not see the number: a
 * phone manager's search result links to {@code /subscribers/<ref>}, and neither the page nor
 * its address carries the number.
 *
 * <p>A reference is the number encrypted with AES-GCM under a server key, with the nonce derived
 * from the number (as in SIV), so one subscriber has one reference and links stay stable while
 * the key does. The key comes from {@code manyi.security.ref-key} (base64, 32 bytes) or is drawn
 * at start-up, in which case references die with the process - acceptable for links on pages.
 * A reference grants nothing: the data scope is checked on every read.
 */
@Component
public class SubscriberRefs {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec nonceKey;

    public SubscriberRefs(@Value("${manyi.security.ref-key:}") String configuredKey) {
        byte[] master = configuredKey.isBlank() ? randomKey() : Base64.getDecoder().decode(configuredKey.strip());
        this.encryptionKey = new SecretKeySpec(derive(master, "manyi-ref-encrypt"), "AES");
        this.nonceKey = new SecretKeySpec(derive(master, "manyi-ref-nonce"), "HmacSHA256");
    }

    public String of(String msisdn) {
        try {
            byte[] plain = msisdn.getBytes(StandardCharsets.UTF_8);
            byte[] nonce = nonce(plain);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            byte[] token = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, token, NONCE_BYTES, sealed.length);
            return ENCODE.encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The number behind a reference, or empty when the reference is not one of ours. */
    public Optional<String> resolve(String ref) {
        try {
            byte[] token = DECODE.decode(ref);
            if (token.length <= NONCE_BYTES + TAG_BITS / 8) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey,
                    new GCMParameterSpec(TAG_BITS, token, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(token, NONCE_BYTES, token.length - NONCE_BYTES);
            if (!MessageDigest.isEqual(nonce(plain), Arrays.copyOf(token, NONCE_BYTES))) {
                return Optional.empty();
            }
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private byte[] nonce(byte[] plain) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(nonceKey);
        return Arrays.copyOf(mac.doFinal(plain), NONCE_BYTES);
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
