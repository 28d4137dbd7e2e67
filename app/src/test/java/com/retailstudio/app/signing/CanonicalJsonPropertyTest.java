package com.retailstudio.app.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For every document: formatting and key order are not content, and every changed value is. */
class CanonicalJsonPropertyTest {

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    @Property(tries = 200)
    void reindentedAndReorderedDocumentsHaveTheSameCanonicalBytes(@ForAll("documents") Map<String, Object> document,
                                                                 @ForAll long seed) throws Exception {
        String compact = COMPACT.writeValueAsString(document);
        String shuffledPretty = PRETTY.writeValueAsString(shuffled(document, new Random(seed)));

        assertArrayEquals(CanonicalJson.of(compact), CanonicalJson.of(shuffledPretty));
    }

    @Property(tries = 200)
    void changingAnyOneValueChangesTheCanonicalBytes(@ForAll("documents") Map<String, Object> document,
                                                     @ForAll long seed) throws Exception {
        byte[] before = CanonicalJson.of(COMPACT.writeValueAsString(document));
        Map<String, Object> changed = new LinkedHashMap<>(document);
        List<String> keys = new ArrayList<>(changed.keySet());
        String key = keys.get(new Random(seed).nextInt(keys.size()));
        Object value = changed.get(key);
        changed.put(key, value instanceof Integer number ? number + 1 : value instanceof String text ? text + "x"
                : "a list or object replaced");

        assertFalse(Arrays.equals(before, CanonicalJson.of(COMPACT.writeValueAsString(changed))));
    }

    @Provide
    Arbitrary<Map<String, Object>> documents() {
        Arbitrary<Object> leaves = Arbitraries.oneOf(Arbitraries.integers().between(-1000, 1000).map(i -> (Object) i),
                Arbitraries.strings().ofMaxLength(8).map(s -> (Object) s));
        Arbitrary<Object> nested = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                leaves).ofMaxSize(4).map(map -> (Object) map);
        return Arbitraries.maps(Arbitraries.strings().ofMinLength(1).ofMaxLength(6),
                Arbitraries.oneOf(leaves, nested, leaves.list().ofMaxSize(3).map(list -> (Object) list)))
                .ofMinSize(1).ofMaxSize(8);
    }

    /** The same object with its keys (at every depth) in another order. */
    @SuppressWarnings("unchecked")
    private static Object shuffled(Object value, Random random) {
        if (value instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>((Collection<String>) map.keySet());
            Collections.shuffle(keys, random);
            Map<String, Object> copy = new LinkedHashMap<>();
            keys.forEach(key -> copy.put(key, shuffled(map.get(key), random)));
            return copy;
        }
        return value;
    }
}
