package com.retailstudio.data.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed value set whose constants have one agreed spelling in the CSV data contract. */
public interface CsvCode {

    /** The spelling of this value in the data files. */
    String csv();

    /** Finds the constant of {@code type} spelled {@code text}, matching case exactly as the contract does. */
    static <E extends Enum<E> & CsvCode> Optional<E> parse(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            if (value.csv().equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** All spellings of {@code type} in declaration order, as listed in the contract. */
    static <E extends Enum<E> & CsvCode> List<String> spellings(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CsvCode::csv).toList();
    }
}
