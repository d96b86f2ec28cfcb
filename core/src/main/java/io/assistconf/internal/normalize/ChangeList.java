package io.assistconf.internal.normalize;

import io.assistconf.Change;
import io.assistconf.internal.tree.Pointers;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * The changes of one normalization, in the order they were made. A default filled and a key renamed are kept
 * as their parts and written out as a {@link Change}, pointers and message, when first read: a check whose
 * changes nobody reads (a gateway forwarding the canonical body, a lint) then builds no pointer string per
 * default or renamed key, which was a seventh of a small payload's check. {@link #defaultedAt} answers the
 * rules without writing any.
 *
 * <p>Appended to by one normalization; once it is done, it is read only, and may be read from several threads
 * (a shared {@code Result}): a change written out by two of them at once is the same value, and a
 * {@link Change} is immutable, so either may be kept.
 */
public final class ChangeList extends AbstractList<Change> implements RandomAccess {

    /** A default filled at {@code parent}'s member {@code name}. */
    private record Defaulted(Location parent, String name, String detail) {

        Change change() {
            return new Change(Change.Type.DEFAULTED, Pointers.append(parent.pointer(), name), "", detail);
        }

        boolean at(String pointer) {
            String escaped = Pointers.escape(name);
            int above = pointer.length() - escaped.length() - 1;
            return above >= 0 && pointer.charAt(above) == '/' && pointer.endsWith(escaped)
                    && parent.isPointerOf(pointer, above);
        }
    }

    /** The key {@code key} of the object at {@code originalParent}, renamed to {@code canonical}. */
    private record Renamed(Location canonicalParent, String canonical, Location originalParent, String key) {

        Change change() {
            return new Change(Change.Type.RENAMED, Pointers.append(canonicalParent.pointer(), canonical),
                    Pointers.append(originalParent.pointer(), key), "renamed '" + key + "' to '" + canonical + "'");
        }
    }

    private Object[] entries = new Object[16];
    private int size;

    public ChangeList() {
    }

    /** A list of the other's changes, in their order, none written out. */
    public ChangeList(ChangeList other) {
        entries = Arrays.copyOf(other.entries, Math.max(16, other.size));
        size = other.size;
    }

    @Override
    public boolean add(Change change) {
        append(Objects.requireNonNull(change, "change"));
        return true;
    }

    /** Adds the change that fills the member {@code name} of the object at {@code parent} with its default. */
    void addDefaulted(Location parent, String name, String detail) {
        append(new Defaulted(parent, name, detail));
    }

    /** Adds the change that renames {@code key}, a member of the objects at the two parents, to {@code canonical}. */
    void addRenamed(Location canonicalParent, String canonical, Location originalParent, String key) {
        append(new Renamed(canonicalParent, canonical, originalParent, key));
    }

    /**
     * Adds the defaults filled inside a default, {@code inside}, which holds only defaults filled, at pointers
     * relative to it, as filled at {@code base}: in their order, none written out.
     */
    void addDefaultedUnder(Location base, ChangeList inside) {
        if (size + inside.size > entries.length) {
            entries = Arrays.copyOf(entries, Math.max(size + inside.size, size * 2));
        }
        for (int i = 0; i < inside.size; i++) {
            Defaulted relative = (Defaulted) inside.entries[i];
            Location parent = relative.parent == Location.ROOT ? base
                    : Location.at(base.pointer() + relative.parent.pointer());
            append(new Defaulted(parent, relative.name, relative.detail));
        }
    }

    /** Whether every change is a default filled, none written out yet. */
    boolean onlyDefaultedUnwritten() {
        for (int i = 0; i < size; i++) {
            if (!(entries[i] instanceof Defaulted)) {
                return false;
            }
        }
        return true;
    }

    /** Adds the other's defaults filled, in their order, none written out. */
    public void addDefaultedOf(ChangeList other) {
        for (int i = 0; i < other.size; i++) {
            if (isDefaulted(other.entries[i])) {
                append(other.entries[i]);
            }
        }
    }

    private void append(Object entry) {
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = entry;
        modCount++;
    }

    @Override
    public Change get(int index) {
        Objects.checkIndex(index, size);
        Object entry = entries[index];
        if (entry instanceof Change change) {
            return change;
        }
        Change change = entry instanceof Defaulted defaulted ? defaulted.change() : ((Renamed) entry).change();
        entries[index] = change;
        return change;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        System.arraycopy(entries, toIndex, entries, fromIndex, size - toIndex);
        for (int i = size - (toIndex - fromIndex); i < size; i++) {
            entries[i] = null;
        }
        size -= toIndex - fromIndex;
        modCount++;
    }

    /** Each change but the defaults filled (which move no value), written out, in order. */
    public void forEachMoved(Consumer<Change> action) {
        for (int i = 0; i < size; i++) {
            if (!isDefaulted(entries[i])) {
                action.accept(get(i));
            }
        }
    }

    private static boolean isDefaulted(Object entry) {
        return entry instanceof Defaulted || entry instanceof Change change && change.type() == Change.Type.DEFAULTED;
    }

    /** Whether a default was filled at the canonical pointer; writes out no change. */
    public boolean defaultedAt(String pointer) {
        for (int i = 0; i < size; i++) {
            Object entry = entries[i];
            if (entry instanceof Defaulted defaulted ? defaulted.at(pointer)
                    : entry instanceof Change change && change.type() == Change.Type.DEFAULTED
                            && change.pointer().equals(pointer)) {
                return true;
            }
        }
        return false;
    }
}
