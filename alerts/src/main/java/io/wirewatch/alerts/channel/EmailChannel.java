package io.wirewatch.alerts.channel;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.events.Alert;

/**
 * Sends an alert as an e-mail over SMTP (Jakarta Mail, implemented by Eclipse Angus): subject
 * {@code [wirewatch] <headline>}, a {@code multipart/alternative} body with a plain-text part and an
 * HTML part in which every feed text is escaped ({@link AlertMessage}). The header
 * {@code X-Wirewatch-Delivery} carries the alert id, so a mail rule can drop a repeat.
 *
 * <p>With {@code starttls} (the default) the connection must switch to TLS before anything is sent,
 * credentials included; a server that does not offer STARTTLS fails the delivery. The channel's
 * {@code timeout} bounds connecting, reading and writing.
 */
public final class EmailChannel implements Channel {

    private final ChannelConfig config;
    private final Session session;
    private final String description;

    public EmailChannel(ChannelConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.session = Session.getInstance(properties(config));
        this.description = "email smtp://" + config.smtpHost() + ":" + config.smtpPort();
    }

    @Override
    public void deliver(Alert alert) throws DeliveryException {
        AlertMessage text = new AlertMessage(alert);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(config.from()));
            for (String to : config.to()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
            }
            message.setSubject(oneLine(text.subject()), StandardCharsets.UTF_8.name());
            message.setHeader(WebhookChannel.DELIVERY_HEADER, alert.deliveryId());
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text.plainText(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(text.html(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", plain, html));
            if (config.username() != null) {
                Transport.send(message, config.username(), config.password());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            // The message names the server's answer, never the password.
            throw new DeliveryException(alert.subscriptionId(), description, DeliveryException.NO_STATUS,
                    "alert " + alert.id() + " not sent: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    /** A subject is one header line: a headline with a line break must not start a new header. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    private static Properties properties(ChannelConfig config) {
        Properties props = new Properties();
        String timeout = Long.toString(config.timeout().toMillis());
        props.put("mail.smtp.host", config.smtpHost());
        props.put("mail.smtp.port", Integer.toString(config.smtpPort()));
        props.put("mail.smtp.auth", Boolean.toString(config.username() != null));
        props.put("mail.smtp.starttls.enable", config.starttls().toString());
        props.put("mail.smtp.starttls.required", config.starttls().toString());
        props.put("mail.smtp.ssl.checkserveridentity", "true");
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        return props;
    }
}
