package io.wirewatch.alerts.channel;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook call, for senders and receivers.
 *
 * <p>{@code X-Wirewatch-Signature: sha256=<hex>} where {@code <hex>} is the lower-case hex
 * HMAC-SHA256, keyed with the shared secret (UTF-8), over {@code <timestamp>.<body>}: the decimal
 * value of the {@code X-Wirewatch-Timestamp} header (epoch seconds), a dot, and the raw request
 * body bytes. Signing the timestamp lets receivers reject replays: check the signature with
 * {@link #verify}, then refuse timestamps older than a few minutes.
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The header value, {@code sha256=<hex>}, for this secret, timestamp and body. */
    public static String sign(String secret, long timestamp, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, timestamp, body));
    }

    /**
     * True when {@code header} is the signature of the body at this timestamp. Compares in constant
     * time so that the check leaks nothing about how much of a forged signature was right.
     */
    public static boolean verify(String secret, long timestamp, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = header.trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] hmac(String secret, long timestamp, byte[] body) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("webhook secret must not be empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has " + ALGORITHM, e);
        }
    }
}
