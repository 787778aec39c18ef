package org.torconformance.conformance.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which cases to run: case ids ({@code cs/3.9/2}), globs over ids ({@code cs/3.*}), or tags
 * ({@code @cs-3.9}, {@code @MUST}). Several selectors are alternatives; none selects everything.
 */
public record Selection(List<String> selectors) {
    public static final Selection ALL = new Selection(List.of());

    public Selection {
        selectors = List.copyOf(selectors);
    }

    /** A Cucumber tag expression for the tag selectors, if any. */
    Optional<String> tagExpression() {
        List<String> tags = selectors.stream().filter(s -> s.startsWith("@")).toList();
        return tags.isEmpty() ? Optional.empty() : Optional.of("(" + String.join(" or ", tags) + ")");
    }

    /** A regular expression on scenario names for the id and glob selectors, if any. */
    Optional<String> nameRegex() {
        List<String> ids = new ArrayList<>();
        for (String s : selectors) {
            if (!s.startsWith("@")) {
                ids.add(globToRegex(s));
            }
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of("^(" + String.join("|", ids) + ")\\s");
    }

    static String globToRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> sb.append("[^\\s]*");
                case '?' -> sb.append("[^\\s]");
                default -> sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
