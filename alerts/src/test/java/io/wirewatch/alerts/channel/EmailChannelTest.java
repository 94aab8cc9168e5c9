package io.wirewatch.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.alerts.Fixtures;
import io.wirewatch.events.Alert;

class EmailChannelTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("lagezentrum@example.org", "nachtdienst"));

    @Test
    void sendsTextAndEscapedHtmlWithLogin() throws Exception {
        Alert alert = Fixtures.fullAlert("lagezentrum");
        ChannelConfig config = emailConfig(false).withLogin("lagezentrum@example.org", "nachtdienst");
        config.validate("subscriptions[0].channels[0]");

        new EmailChannel(config).deliver(alert);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2); // one per recipient
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("[wirewatch] GDL: Streik <script>alert(1)</script> & Notfahrplan");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("wirewatch@example.org");
        assertThat(mail.getHeader("X-Wirewatch-Delivery")).containsExactly(alert.id());
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).contains("bahn-news.example 05:02");
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("<strong>Streik</strong>");
    }

    @Test
    void requiredStarttlsRefusesAServerWithoutIt() {
        ChannelConfig config = emailConfig(true);

        assertThatThrownBy(() -> new EmailChannel(config).deliver(Fixtures.fullAlert("lagezentrum")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.getMessage()).contains("STARTTLS"));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void wrongPasswordIsADeliveryExceptionThatDoesNotShowIt() {
        ChannelConfig config = emailConfig(false).withLogin("lagezentrum@example.org", "falsch-geraten");

        assertThatThrownBy(() -> new EmailChannel(config).deliver(Fixtures.fullAlert("lagezentrum")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.getMessage()).doesNotContain("falsch-geraten"));
    }

    private static ChannelConfig emailConfig(boolean starttls) {
        return ChannelConfig.email(List.of("lagezentrum@example.org", "chef-vom-dienst@example.org"), "wirewatch@example.org",
                "127.0.0.1", SMTP.getSmtp().getPort(), starttls);
    }
}
