package io.wirewatch.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Secret values (webhook secrets, Kafka passwords) need not stand in the file: {@code env:NAME} reads
 * an environment variable, {@code file:PATH} the content of a file (one trailing line break dropped),
 * which is how container platforms hand out secrets. Messages name the key and the reference, never
 * the value.
 */
final class SecretValues {

    static final String ENV_REF = "env:";
    static final String FILE_REF = "file:";

    private SecretValues() {
    }

    /** Kafka client settings that carry credentials: resolved like secret keys and masked when shown. */
    static boolean isSecretClientSetting(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("password") || lower.equals("sasl.jaas.config") || lower.endsWith(".secret");
    }

    /**
     * The value a secret key stands for.
     *
     * @param path the key path, for messages
     * @throws IllegalArgumentException naming the key when the variable is unset or the file unreadable
     */
    static String resolve(String path, String value, Map<String, String> env) {
        if (value.startsWith(ENV_REF)) {
            String name = value.substring(ENV_REF.length()).trim();
            String resolved = env.get(name);
            if (resolved == null) {
                throw new IllegalArgumentException(path + ": environment variable " + name + " is not set");
            }
            return resolved;
        }
        if (value.startsWith(FILE_REF)) {
            Path file = Path.of(value.substring(FILE_REF.length()).trim());
            try {
                return stripLineBreak(Files.readString(file));
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException(path + ": secret file " + file + " does not exist", e);
            } catch (IOException e) {
                throw new IllegalArgumentException(path + ": cannot read secret file " + file + ": " + e.getClass().getSimpleName(), e);
            }
        }
        return value;
    }

    private static String stripLineBreak(String content) {
        if (content.endsWith("\r\n")) {
            return content.substring(0, content.length() - 2);
        }
        return content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
    }
}
