package io.wirewatch.eval;

/** Whether a claim is quoted (direct) or reported (indirect). */
public enum ClaimKind {
    DIRECT, INDIRECT, NONE;

    static ClaimKind of(boolean direct) {
        return direct ? DIRECT : INDIRECT;
    }
}
