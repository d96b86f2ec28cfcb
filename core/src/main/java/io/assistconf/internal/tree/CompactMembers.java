package io.assistconf.internal.tree;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * The members of an object node, in insertion order, kept in an array of small entries instead of the
 * {@code LinkedHashMap} Jackson uses by default, which spends 40 bytes on each entry and a table of
 * 16 slots on each object. Small objects, the usual case in a payload, are searched linearly; from
 * {@value #INDEXED_FROM} members on, an open-addressing table of positions answers lookups. Keys are
 * chosen by whoever wrote the payload, so the table must not degrade: a member that would sit more than
 * {@value #LONGEST_PROBE} slots from its hash's slot (keys whose hashes cluster, or many keys with one
 * hash, which is easy to make with {@code String.hashCode}) moves the object's index to a {@code HashMap},
 * which keeps equal hashes in a tree.
 */
public final class CompactMembers extends AbstractMap<String, JsonNode> {

    private static final int INDEXED_FROM = 12;
    private static final int LONGEST_PROBE = 32;

    private Member[] members;
    private int size;
    /** Position + 1 of each key, by hash; null while the object is small or the overflow index is used. */
    private int[] index;
    /** Position of each key, once probing in {@code index} grew too long; else null. */
    private Map<String, Integer> overflow;
    /** Whether every change throws: the members of a value shared between trees ({@link #freeze}). */
    private boolean frozen;

    public CompactMembers() {
        this(4);
    }

    /** Members with room for {@code capacity} of them before the array grows (to a power of two, at least 4). */
    public CompactMembers(int capacity) {
        members = new Member[Integer.highestOneBit(Math.max(4, capacity) - 1) << 1];
    }

    /**
     * Makes these members read only, for a value shared between trees: from now on each change, through the
     * map, its iterator or an entry, throws {@link UnsupportedOperationException}.
     */
    public void freeze() {
        for (int i = 0; i < size; i++) {
            members[i] = new ReadOnlyMember(members[i].key, members[i].value);
        }
        frozen = true;
    }

    private void changing() {
        if (frozen) {
            throw new UnsupportedOperationException("these members are shared and read only");
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public JsonNode get(Object key) {
        int at = find(key);
        return at < 0 ? null : members[at].value;
    }

    @Override
    public JsonNode put(String key, JsonNode value) {
        Objects.requireNonNull(key, "key");
        changing();
        int at = find(key);
        if (at >= 0) {
            return members[at].setValue(value);
        }
        append(key, value);
        return null;
    }

    /** Adds a member whose key the caller knows is absent (a reader that just looked it up). */
    public void append(String key, JsonNode value) {
        changing();
        if (size == members.length) {
            members = Arrays.copyOf(members, size * 2);
            index = null;
        }
        members[size++] = new Member(key, value);
        if (overflow != null) {
            overflow.put(key, size - 1);
        } else if (index != null) {
            place(size - 1);
        } else if (size >= INDEXED_FROM) {
            reindex();
        }
    }

    @Override
    public JsonNode remove(Object key) {
        int at = find(key);
        return at < 0 ? null : removeAt(at);
    }

    @Override
    public void clear() {
        changing();
        Arrays.fill(members, 0, size, null);
        size = 0;
        index = null;
        overflow = null;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super JsonNode> action) {
        for (int i = 0; i < size; i++) {
            action.accept(members[i].key, members[i].value);
        }
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, JsonNode>> iterator() {
                return new Members();
            }
        };
    }

    /** The position of the member with this key, or -1. */
    public int find(Object key) {
        if (!(key instanceof String)) {
            return -1;
        }
        if (overflow != null) {
            Integer at = overflow.get(key);
            return at == null ? -1 : at;
        }
        int hash = key.hashCode();
        if (index == null) {
            for (int i = 0; i < size; i++) {
                if (members[i].hash == hash && key.equals(members[i].key)) {
                    return i;
                }
            }
            return -1;
        }
        // A present key lies at most LONGEST_PROBE slots past its hash's slot: probing further finds nothing.
        int mask = index.length - 1;
        int slot = spread(hash) & mask;
        for (int probe = 0; probe <= LONGEST_PROBE; probe++, slot = (slot + 1) & mask) {
            int at = index[slot] - 1;
            if (at < 0 || (members[at].hash == hash && key.equals(members[at].key))) {
                return at;
            }
        }
        return -1;
    }

    public JsonNode valueAt(int at) {
        return members[at].value;
    }

    private JsonNode removeAt(int at) {
        changing();
        JsonNode removed = members[at].value;
        System.arraycopy(members, at + 1, members, at, size - at - 1);
        members[--size] = null;
        index = null;
        overflow = null;
        if (size >= INDEXED_FROM) {
            reindex();
        }
        return removed;
    }

    /** Rebuilds the table at twice the arrays' capacity, so it is never more than half full. */
    private void reindex() {
        index = new int[members.length * 2];
        for (int i = 0; i < size && index != null; i++) {
            place(i);
        }
    }

    /** Enters a member in the table, or moves the index to the overflow map when it lands too far away. */
    private void place(int at) {
        int mask = index.length - 1;
        int slot = spread(members[at].hash) & mask;
        for (int probe = 0; index[slot] != 0; probe++, slot = (slot + 1) & mask) {
            if (probe == LONGEST_PROBE) {
                overflow();
                return;
            }
        }
        index[slot] = at + 1;
    }

    private void overflow() {
        index = null;
        overflow = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            overflow.put(members[i].key, i);
        }
    }

    /** Scatters hashes that differ only a little (keys such as k1, k2, ...) over the whole table. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }

    /** Iterates the members in order; {@code remove} removes the last one returned. */
    private final class Members implements Iterator<Map.Entry<String, JsonNode>> {
        private int next;
        private int last = -1;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Map.Entry<String, JsonNode> next() {
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            return members[last];
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException("next() was not called, or remove() was already called");
            }
            removeAt(last);
            next = last;
            last = -1;
        }
    }

    /** One member; {@code setValue} changes the map. */
    private static class Member implements Map.Entry<String, JsonNode> {
        private final String key;
        /** The key's hash, compared before the key itself (it fits in the entry's padding). */
        private final int hash;
        private JsonNode value;

        Member(String key, JsonNode value) {
            this.key = key;
            this.hash = key.hashCode();
            this.value = value;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public JsonNode getValue() {
            return value;
        }

        @Override
        public JsonNode setValue(JsonNode value) {
            JsonNode previous = this.value;
            this.value = value;
            return previous;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Map.Entry<?, ?> entry && key.equals(entry.getKey())
                    && Objects.equals(value, entry.getValue());
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    /** A member of frozen members. */
    private static final class ReadOnlyMember extends Member {

        ReadOnlyMember(String key, JsonNode value) {
            super(key, value);
        }

        @Override
        public JsonNode setValue(JsonNode value) {
            throw new UnsupportedOperationException("this member is shared and read only");
        }
    }
}
