package com.retailstudio.app.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in a bundle's files, line by line: e-mail addresses, phone numbers, customer ids in the data
 * contract's format ({@code C} and eight digits, as the generator writes them) or its {@code customer_id} column, and —
 * when the data set is at hand (export) — any value equal to one of its customer ids. A bundle leaves Retail Studio for
 * production, so designs may carry rules about customers but never a customer.
 *
 * <p>Found values are masked in the messages, which end up in logs.
 */
final class PersonalDataScan {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[\\w.%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w-])");
    /** International (+44 20 7946 0958, 0049-30-123456) or national with separators (020 7946 0958, (555) 123-4567). */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.+-])(?:(?:\\+|00)[1-9][\\d ().-]{6,20}\\d"
                    + "|\\(?0\\d{2,4}\\)?[ -]\\d{3,4}[ -]?\\d{3,4}"
                    + "|\\(\\d{3}\\) ?\\d{3}-\\d{4}|\\d{3}-\\d{3}-\\d{4})(?![\\w-])");
    private static final Pattern CUSTOMER_ID = Pattern.compile("\\bC\\d{8}\\b|\\bcustomer_id\\b");
    /** What a customer id of a data set can look like inside a file: runs of these characters. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_.@+:-]+");

    private PersonalDataScan() {
    }

    /**
     * One sentence per file and kind of personal data, naming the first line it is on.
     *
     * @param customerIds the customer ids of the data set (empty when validating on its own)
     */
    static List<String> scan(Map<String, byte[]> files, Set<String> customerIds) {
        List<String> problems = new ArrayList<>();
        files.forEach((path, bytes) -> scan(path, new String(bytes, StandardCharsets.UTF_8), customerIds, problems));
        return problems;
    }

    private static void scan(String path, String text, Set<String> customerIds, List<String> problems) {
        Set<String> reported = new HashSet<>();
        int lineNumber = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNumber++;
            String at = path + " line " + lineNumber;
            // Cheap tests first: a 10 MB plan document has hundreds of thousands of lines and no '@' in any of them.
            if (line.indexOf('@') >= 0) {
                find(EMAIL, line).ifPresent(value -> report(reported, "email", problems, at + " holds an e-mail "
                        + "address (" + mask(value) + ")"));
            }
            if (mayHoldPhone(line)) {
                find(PHONE, line).ifPresent(value ->
                        report(reported, "phone", problems, at + " holds a phone number (" + mask(value) + ")"));
            }
            if (line.indexOf('C') >= 0 || line.contains("customer_id")) {
                find(CUSTOMER_ID, line).ifPresent(value -> report(reported, "id", problems, at
                        + (value.startsWith("C") ? " holds a customer id (" + mask(value) + ")"
                        : " holds a customer_id column")));
            }
            if (!customerIds.isEmpty()) {
                Matcher token = TOKEN.matcher(line);
                while (token.find()) {
                    String value = strip(token.group());
                    if (customerIds.contains(value)) {
                        report(reported, "data set", problems, at + " holds " + mask(value)
                                + ", a customer id of the data set");
                        break;
                    }
                }
            }
        }
    }

    private static void report(Set<String> reported, String kind, List<String> problems, String sentence) {
        if (reported.add(kind)) {
            problems.add(sentence + "; a bundle must never carry personal data.");
        }
    }

    private static Optional<String> find(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        while (matcher.find()) {
            if (pattern != PHONE || digits(matcher.group()) >= 8 && digits(matcher.group()) <= 15) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }

    /** Whether the line has a run of digits, spaces and {@code ()+.-} holding at least eight digits. */
    private static boolean mayHoldPhone(String line) {
        int digits = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits >= 8) {
                    return true;
                }
            } else if (" ()+.-".indexOf(c) < 0) {
                digits = 0;
            }
        }
        return false;
    }

    private static long digits(String value) {
        return value.chars().filter(Character::isDigit).count();
    }

    /** Trailing sentence punctuation is not part of a value. */
    private static String strip(String token) {
        int end = token.length();
        while (end > 0 && ".:-".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(0, end);
    }

    /** {@code ja…@example.com}, {@code +4…58}, {@code C0…34}: enough to find it, not enough to leak it. */
    static String mask(String value) {
        int at = value.indexOf('@');
        if (at > 0) {
            return value.substring(0, Math.min(2, at)) + "…" + value.substring(at);
        }
        if (value.length() <= 4) {
            return value.charAt(0) + "…";
        }
        return value.substring(0, 2) + "…" + value.substring(value.length() - 2);
    }

    /**
     * The customer ids of a data set folder's {@code customers.csv}, read line by line. Ids too short or too plainly
     * numeric to tell from an ordinary number (fewer than 3 characters, or fewer than 6 digits only) are left out:
     * comparing them would refuse every bundle with a price of 12 for a data set whose customer 12 exists.
     */
    static Set<String> customerIds(Path dataSetFolder) throws IOException {
        Path customers = dataSetFolder.resolve("customers.csv");
        Set<String> ids = new HashSet<>();
        if (!Files.isRegularFile(customers)) {
            return ids;
        }
        try (BufferedReader reader = Files.newBufferedReader(customers, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                return ids;
            }
            List<String> columns = List.of(header.replace("\uFEFF", "").split(",", -1));
            int column = columns.indexOf("customer_id");
            if (column < 0) {
                return ids;
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", -1);
                if (column < fields.length) {
                    String id = fields[column].replace("\"", "").strip();
                    if (id.length() >= 3 && !(id.chars().allMatch(Character::isDigit) && id.length() < 6)) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }
}
