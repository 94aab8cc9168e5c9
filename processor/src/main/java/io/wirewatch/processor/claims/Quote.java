package io.wirewatch.processor.claims;

/**
 * A closed quotation in a piece of text: {@code start} is the opening mark, {@code end} the index
 * after the closing mark.
 */
record Quote(int start, int end) {

    int contentStart() {
        return start + 1;
    }

    int contentEnd() {
        return end - 1;
    }

    String content(CharSequence text) {
        return text.subSequence(contentStart(), contentEnd()).toString();
    }
}
