package io.wirewatch.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"id\":\"9f2c\",\"text\":\"Die Tarifrunde ist gescheitert\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        // Reference computed independently of this code, with:
        // printf '1715760000.%s' "$BODY" | openssl dgst -sha256 -hmac geheim
        assertThat(WebhookSignature.sign("geheim", 1715760000L, BODY))
                .isEqualTo("sha256=7ce36cba29217c19a9bb3102deabaedca03dedcdc5e0ea3856e82a2f0786a324");
    }

    @Test
    void verifiesOwnSignatureAndRejectsChanges() {
        String header = WebhookSignature.sign("geheim", 1715760000L, BODY);

        assertThat(WebhookSignature.verify("geheim", 1715760000L, BODY, header)).isTrue();
        assertThat(WebhookSignature.verify("geheim", 1715760001L, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify("anderes", 1715760000L, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify("geheim", 1715760000L, "{}".getBytes(StandardCharsets.UTF_8), header)).isFalse();
        assertThat(WebhookSignature.verify("geheim", 1715760000L, BODY, null)).isFalse();
        assertThat(WebhookSignature.verify("geheim", 1715760000L, BODY, header.substring(7))).isFalse();
    }
}
