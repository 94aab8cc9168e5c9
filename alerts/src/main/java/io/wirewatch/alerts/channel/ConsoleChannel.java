package io.wirewatch.alerts.channel;

import java.io.PrintStream;
import java.util.Objects;

import io.wirewatch.events.Alert;
import io.wirewatch.events.Json;

/** Prints each alert as one JSON line, for piping into other tools or watching a terminal. */
public final class ConsoleChannel implements Channel {

    private final PrintStream out;

    public ConsoleChannel(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void deliver(Alert alert) throws DeliveryException {
        out.println(Json.write(alert));
        // Flush per alert: a reader of a pipe must see the alert now, not when a buffer fills.
        // PrintStream swallows I/O errors; checkError() flushes and reports them (e.g. a closed pipe).
        if (out.checkError()) {
            throw new DeliveryException(alert.subscriptionId(), describe(), DeliveryException.NO_STATUS,
                    "cannot write to the console stream");
        }
    }

    @Override
    public String describe() {
        return "console";
    }
}
