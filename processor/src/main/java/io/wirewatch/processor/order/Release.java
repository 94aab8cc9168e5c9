package io.wirewatch.processor.order;

/** Why the reorder buffer let articles go: what tells an operator whether alerts wait for order, and why. */
public enum Release {
    /** Every partition of the input had delivered a later article. */
    PARTITIONS("partitions"),
    /** Stream time had passed the article by the grace while a partition lagged or was quiet (or the partitions are unknown). */
    GRACE("grace"),
    /** No input had come for the idle flush time. */
    IDLE("idle");

    private final String tag;

    Release(String tag) {
        this.tag = tag;
    }

    /** The value of the {@code by} tag of the release counter. */
    public String tag() {
        return tag;
    }

    /** Told how many articles one step released, and why; called once per reason and step. */
    @FunctionalInterface
    public interface Listener {
        void released(Release reason, int count);

        Listener NONE = (reason, count) -> { };
    }
}
