package io.wirewatch.eval;

/** A line of a claim annotation file does not have the documented columns. */
public final class ClaimAnnotationFormatException extends RuntimeException {

    public ClaimAnnotationFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
    }
}
