package io.wirewatch.eval;

/** A copies corpus that cannot be read: a missing or malformed labels file or article file. */
public final class CopiesCorpusException extends RuntimeException {

    public CopiesCorpusException(String location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
    }

    public CopiesCorpusException(String location, String problem) {
        super(location + ": " + problem);
    }
}
