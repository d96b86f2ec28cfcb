package io.assistconf.internal.normalize;

import io.assistconf.Change;
import io.assistconf.internal.tree.Place;
import io.assistconf.internal.tree.Pointers;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * The changes of one normalization, in the order they were made. A default filled, a key renamed and a query
 * value typed are kept as their parts and written out as a {@link Change}, pointers and message, when first
 * read: a check whose changes nobody reads (a gateway forwarding the canonical body, a lint) then builds no
 * pointer string per default, renamed key or query value, which was a seventh of a small payload's check. The
 * defaults filled inside a shared default ({@link #addDefaultedUnder}) are kept as one entry, and listed one by
 * one only when the list is read by position. {@link #defaultedAt} answers the rules without writing or listing
 * any.
 *
 * <p>Appended to by one normalization; once it is done, it is read only, and may be read from several threads
 * (a shared {@code Result}): a change written out, or a list of entries listed, by two of them at once is the
 * same value, and a {@link Change} is immutable, so either may be kept.
 */
public final class ChangeList extends AbstractList<Change> implements RandomAccess {

    /** A default filled at {@code parent}'s member {@code name}. */
    private record Defaulted(Place parent, String name, String detail) {

        Change change() {
            return new Change(Change.Type.DEFAULTED, Pointers.append(parent.pointer(), name), "", detail);
        }

        boolean at(String pointer) {
            int above = memberStart(pointer);
            return above >= 0 && parent.isPointerOf(pointer, above);
        }

        /** Where the {@code /} before this member's segment is, when {@code pointer} ends with it; else -1. */
        int memberStart(String pointer) {
            int above = pointer.length() - Pointers.escapedLength(name) - 1;
            return above >= 0 && pointer.charAt(above) == '/'
                    && Pointers.segmentEnd(pointer, above + 1, name) == pointer.length() ? above : -1;
        }

        /** This default, filled inside a default filled at {@code base}; its pointer was relative to that default. */
        Defaulted under(Place base) {
            Place under = parent == Place.ROOT ? base : Place.at(base.pointer() + parent.pointer());
            return new Defaulted(under, name, detail);
        }
    }

    /**
     * The defaults filled inside a shared default filled at {@code base}, at pointers relative to it: the
     * entries of {@code inside}, each a {@link Defaulted}.
     */
    private record DefaultedUnder(Place base, ChangeList inside) {

        boolean at(String pointer) {
            for (int i = 0; i < inside.entryCount; i++) {
                Defaulted relative = (Defaulted) inside.entries[i];
                String relativeParent = relative.parent.pointer(); // shared and written once
                int above = relative.memberStart(pointer);
                int baseEnd = above - relativeParent.length();
                if (above >= 0 && baseEnd >= 0 && pointer.startsWith(relativeParent, baseEnd)
                        && base.isPointerOf(pointer, baseEnd)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A key {@code key} of the object at {@code originalParent}, renamed to {@code canonical}. */
    private record Renamed(Place canonicalParent, String canonical, Place originalParent, String key) {

        Change change() {
            return new Change(Change.Type.RENAMED, Pointers.append(canonicalParent.pointer(), canonical), from(),
                    "renamed '" + key + "' to '" + canonical + "'");
        }

        /** The pointer of the key as written. */
        String from() {
            return Pointers.append(originalParent.pointer(), key);
        }

        /** The length of this key's canonical pointer when {@code pointer} is it or below it; else -1. */
        int lengthAbove(String pointer) {
            int start = canonicalParent.pointerLength();
            if (start >= pointer.length() || pointer.charAt(start) != '/') {
                return -1;
            }
            int length = Pointers.segmentEnd(pointer, start + 1, canonical);
            return length >= 0 && endsSegment(pointer, length) && canonicalParent.isPointerOf(pointer, start)
                    ? length : -1;
        }
    }

    /** A query value at {@code canonical}, written at {@code original}, read as a {@code type}. */
    private record Typed(Place canonical, Place original, String type) {

        Change change() {
            return new Change(Change.Type.COERCED, canonical.pointer(), original.pointer(),
                    "read the query value as " + type);
        }

        /** The length of the value's canonical pointer when {@code pointer} is it or below it; else -1. */
        int lengthAbove(String pointer) {
            int length = canonical.pointerLength();
            return endsSegment(pointer, length) && canonical.isPointerOf(pointer, length) ? length : -1;
        }
    }

    /** Whether a segment of {@code pointer}, not the root, ends at {@code length}: its end, or a {@code /}. */
    private static boolean endsSegment(String pointer, int length) {
        return length > 0 && length <= pointer.length()
                && (length == pointer.length() || pointer.charAt(length) == '/');
    }

    /**
     * The entries appended: a {@link Change}, {@link Defaulted}, {@link Renamed}, {@link Typed} or
     * {@link DefaultedUnder}.
     */
    private Object[] entries = new Object[16];
    private int entryCount;
    /** The number of changes: one per entry, and one per default of each {@link DefaultedUnder}. */
    private int size;
    /** The number of renamed and coerced entries: with none, every path is the user's as it is. */
    private int movedEntries;
    /** The number of coerced entries among them: with none, no path is bounded by a coerced value. */
    private int coercedEntries;
    private boolean hasDefaultedUnder;
    /** The entries with each {@link DefaultedUnder} listed one by one, once read by position; else null. */
    private volatile Object[] listed;

    public ChangeList() {
    }

    /** A list of the other's changes, in their order, none written out. */
    public ChangeList(ChangeList other) {
        entries = Arrays.copyOf(other.entries, Math.max(16, other.entryCount));
        entryCount = other.entryCount;
        size = other.size;
        hasDefaultedUnder = other.hasDefaultedUnder;
        movedEntries = other.movedEntries;
        coercedEntries = other.coercedEntries;
    }

    @Override
    public boolean add(Change change) {
        append(Objects.requireNonNull(change, "change"), 1);
        return true;
    }

    /** Adds the change that fills the member {@code name} of the object at {@code parent} with its default. */
    void addDefaulted(Place parent, String name, String detail) {
        append(new Defaulted(parent, name, detail), 1);
    }

    /** Adds the change that renames {@code key}, a member of the objects at the two parents, to {@code canonical}. */
    void addRenamed(Place canonicalParent, String canonical, Place originalParent, String key) {
        append(new Renamed(canonicalParent, canonical, originalParent, key), 1);
    }

    /** Adds the change that reads the query value at the two places as a {@code type}. */
    void addTyped(Place canonical, Place original, String type) {
        append(new Typed(canonical, original, type), 1);
    }

    /**
     * Adds the defaults filled inside a default, {@code inside}, which holds only defaults filled, none written
     * out nor kept as one entry, at pointers relative to it, as filled at {@code base}: in their order, as one
     * entry.
     */
    void addDefaultedUnder(Place base, ChangeList inside) {
        append(new DefaultedUnder(base, inside), inside.size);
        hasDefaultedUnder = true;
    }

    /** Whether every change is a default filled, none written out yet. */
    boolean onlyDefaultedUnwritten() {
        for (int i = 0; i < entryCount; i++) {
            if (!(entries[i] instanceof Defaulted || entries[i] instanceof DefaultedUnder)) {
                return false;
            }
        }
        return true;
    }

    /** These changes with each default filled inside a shared one kept as its own entry, for sharing in turn. */
    ChangeList eachDefaultedApart() {
        if (hasDefaultedUnder) {
            entries = listed();
            entryCount = size;
            hasDefaultedUnder = false;
            listed = null;
        }
        return this;
    }

    /** Adds the other's defaults filled, in their order, none written out. */
    public void addDefaultedOf(ChangeList other) {
        for (int i = 0; i < other.entryCount; i++) {
            Object entry = other.entries[i];
            if (entry instanceof DefaultedUnder under) {
                addDefaultedUnder(under.base, under.inside);
            } else if (isDefaulted(entry)) {
                append(entry, 1);
            }
        }
    }

    private void append(Object entry, int changes) {
        if (entryCount == entries.length) {
            entries = Arrays.copyOf(entries, entryCount * 2);
        }
        entries[entryCount++] = entry;
        size += changes;
        count(entry);
        if (listed != null) {
            listed = null; // only a layout already made is dropped: a volatile write per append would cost every check
        }
        modCount++;
    }

    /** The entries, one per change: {@link #entries} itself unless some are {@link DefaultedUnder}. */
    private Object[] byPosition() {
        return hasDefaultedUnder ? listed() : entries;
    }

    private Object[] listed() {
        Object[] all = listed;
        if (all == null) {
            all = new Object[Math.max(16, size)];
            int at = 0;
            for (int i = 0; i < entryCount; i++) {
                if (entries[i] instanceof DefaultedUnder under) {
                    for (int j = 0; j < under.inside.entryCount; j++) {
                        all[at++] = ((Defaulted) under.inside.entries[j]).under(under.base);
                    }
                } else {
                    all[at++] = entries[i];
                }
            }
            listed = all;
        }
        return all;
    }

    @Override
    public Change get(int index) {
        Objects.checkIndex(index, size);
        return written(byPosition(), index);
    }

    /** The change of an entry, written out into the array the first time. */
    private static Change written(Object[] entries, int index) {
        Object entry = entries[index];
        if (entry instanceof Change change) {
            return change;
        }
        Change change = entry instanceof Defaulted defaulted ? defaulted.change()
                : entry instanceof Typed typed ? typed.change() : ((Renamed) entry).change();
        entries[index] = change;
        return change;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        eachDefaultedApart();
        System.arraycopy(entries, toIndex, entries, fromIndex, entryCount - toIndex);
        for (int i = entryCount - (toIndex - fromIndex); i < entryCount; i++) {
            entries[i] = null;
        }
        entryCount -= toIndex - fromIndex;
        size = entryCount;
        movedEntries = 0;
        coercedEntries = 0;
        for (int i = 0; i < entryCount; i++) {
            count(entries[i]);
        }
        modCount++;
    }

    /** Counts an entry kept in the list among the moved and coerced ones. */
    private void count(Object entry) {
        movedEntries += isMoved(entry) ? 1 : 0;
        coercedEntries += isCoerced(entry) ? 1 : 0;
    }

    /** Each change but the defaults filled (which move no value), written out, in order; lays out no entry. */
    public void forEachMoved(Consumer<Change> action) {
        for (int i = 0; i < entryCount; i++) {
            if (!(entries[i] instanceof DefaultedUnder) && !isDefaulted(entries[i])) {
                action.accept(written(entries, i));
            }
        }
    }

    /**
     * The user's path for a canonical pointer: the original pointer of the deepest renamed or coerced value at
     * or above it, followed by the rest of the pointer; inside a coerced value, that value's path. Read from the
     * entries, none written out.
     */
    String original(String pointer) {
        if (movedEntries == 0) {
            return pointer;
        }
        // Each entry is measured once: the coerced ones first, as the outermost bounds the renamed ones.
        int coerced = -1; // of the outermost coerced values at or above the pointer, the later
        int coercedLength = Integer.MAX_VALUE;
        if (coercedEntries > 0) {
            for (int i = 0; i < entryCount; i++) {
                int length = isCoerced(entries[i]) ? movedLengthAbove(entries[i], pointer) : -1;
                if (length >= 0 && length <= coercedLength) {
                    coerced = i;
                    coercedLength = length;
                }
            }
        }
        int renamed = -1; // of the deepest renamed keys at or above the pointer, not inside that value, the later
        int renamedLength = -1;
        for (int i = 0; i < entryCount; i++) {
            int length = isCoerced(entries[i]) ? -1 : movedLengthAbove(entries[i], pointer);
            if (length >= 0 && length >= renamedLength && length <= coercedLength) {
                renamed = i;
                renamedLength = length;
            }
        }
        // of two entries at one place, the later counts
        if (coerced >= 0 && (coercedLength > renamedLength || coerced > renamed)) {
            return from(entries[coerced]);
        }
        if (renamed < 0) {
            return pointer;
        }
        // inside a coerced value, that value's path
        return renamedLength == coercedLength ? from(entries[renamed])
                : from(entries[renamed]) + pointer.substring(renamedLength);
    }

    /** The pointer a renamed or coerced entry's value was written at. */
    private static String from(Object entry) {
        return entry instanceof Renamed renamed ? renamed.from()
                : entry instanceof Typed typed ? typed.original().pointer() : ((Change) entry).from();
    }

    /** The length of a renamed or coerced entry's canonical pointer when {@code pointer} is it or below it; else -1. */
    private static int movedLengthAbove(Object entry, String pointer) {
        if (entry instanceof Renamed renamed) {
            return renamed.lengthAbove(pointer);
        }
        if (entry instanceof Typed typed) {
            return typed.lengthAbove(pointer);
        }
        return isMoved(entry) ? lengthAbove(((Change) entry).pointer(), pointer) : -1;
    }

    /** Whether an entry renames a key or coerces a value: moves a value from where the user wrote it. */
    private static boolean isMoved(Object entry) {
        return entry instanceof Renamed || entry instanceof Typed || entry instanceof Change change
                && (change.type() == Change.Type.RENAMED || change.type() == Change.Type.COERCED);
    }

    private static boolean isCoerced(Object entry) {
        return entry instanceof Typed || entry instanceof Change change && change.type() == Change.Type.COERCED;
    }

    /** The length of {@code above} when {@code pointer} is it or below it and it is not the root; else -1. */
    private static int lengthAbove(String above, String pointer) {
        int length = above.length();
        return length > 0 && pointer.startsWith(above) && (pointer.length() == length || pointer.charAt(length) == '/')
                ? length : -1;
    }

    private static boolean isDefaulted(Object entry) {
        return entry instanceof Defaulted || entry instanceof Change change && change.type() == Change.Type.DEFAULTED;
    }

    /** Whether a default was filled at the canonical pointer; writes out no change. */
    public boolean defaultedAt(String pointer) {
        for (int i = 0; i < entryCount; i++) {
            Object entry = entries[i];
            boolean here = entry instanceof Defaulted defaulted ? defaulted.at(pointer)
                    : entry instanceof DefaultedUnder under ? under.at(pointer)
                    : entry instanceof Change change && change.type() == Change.Type.DEFAULTED
                            && change.pointer().equals(pointer);
            if (here) {
                return true;
            }
        }
        return false;
    }
}
