package io.wirewatch.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a claim annotation file: tab-separated {@code passage, lang, isClaim, speaker, kind, hedged,
 * sentence}; '#' lines are comments. Speaker alternatives are separated by ';'.
 */
public final class ClaimAnnotationReader {

    private static final int COLUMNS = 7;

    private ClaimAnnotationReader() {
    }

    public static List<ClaimAnnotation> read(BufferedReader reader, String source) throws IOException {
        List<ClaimAnnotation> rows = new ArrayList<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(parse(line, source, number));
        }
        return rows;
    }

    private static ClaimAnnotation parse(String line, String source, int number) {
        String[] columns = line.split("\t", -1);
        if (columns.length != COLUMNS) {
            throw new ClaimAnnotationFormatException(source, number,
                    "expected " + COLUMNS + " tab-separated columns, found " + columns.length);
        }
        boolean claim = flag(columns[2], source, number, "isClaim");
        List<String> speakers = columns[3].isBlank() ? List.of()
                : Arrays.stream(columns[3].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        ClaimKind kind = kind(columns[4], source, number);
        if (claim == (kind == ClaimKind.NONE)) {
            throw new ClaimAnnotationFormatException(source, number, "a claim needs kind direct|indirect, a non-claim '-'");
        }
        return new ClaimAnnotation(columns[0], columns[1], claim, speakers, kind,
                flag(columns[5], source, number, "hedged"), columns[6], number);
    }

    private static boolean flag(String value, String source, int number, String column) {
        return switch (value.strip()) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new ClaimAnnotationFormatException(source, number, column + " must be 1 or 0, was '" + value + "'");
        };
    }

    private static ClaimKind kind(String value, String source, int number) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "direct" -> ClaimKind.DIRECT;
            case "indirect" -> ClaimKind.INDIRECT;
            case "-", "" -> ClaimKind.NONE;
            default -> throw new ClaimAnnotationFormatException(source, number, "kind must be direct, indirect or -, was '" + value + "'");
        };
    }
}
