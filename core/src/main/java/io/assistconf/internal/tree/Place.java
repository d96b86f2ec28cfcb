package io.assistconf.internal.tree;

/**
 * A place in a payload: the place it is in and its member name or array index. Its JSON Pointer is written
 * when first asked for and then kept, so that a check whose changes nobody reads (a gateway forwarding the
 * canonical body, a lint) builds no pointer string for the objects whose keys it renames or whose defaults
 * it fills, and a tree copy refusing nothing builds none for the values it copies. Immutable but for that
 * kept pointer, which threads reading one place may each write: they write equal strings.
 */
public final class Place {

    public static final Place ROOT = at("");

    private final Place parent;
    private final String name;
    private final int index;
    private String pointer;

    private Place(Place parent, String name, int index, String pointer) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.pointer = pointer;
    }

    /** The place whose JSON Pointer is {@code pointer}. */
    public static Place at(String pointer) {
        return new Place(null, null, 0, pointer);
    }

    /** The escaped pointer segment of a member {@code name}, or of the item {@code index} when the name is null. */
    public static String segment(String name, int index) {
        return name != null ? Pointers.escape(name) : Integer.toString(index);
    }

    /** The member {@code name} of the object here. */
    public Place member(String name) {
        return new Place(this, name, 0, null);
    }

    /** The item {@code index} of the array here. */
    public Place item(int index) {
        return new Place(this, null, index, null);
    }

    /**
     * The escaped JSON Pointer of this place, written once, and kept at each place above it that had none, so
     * that places beside each other share their parent's.
     */
    public String pointer() {
        String written = pointer;
        if (written != null) {
            return written;
        }
        // Without recursion: a payload may be deep.
        int unwritten = 0;
        Place at = this;
        while ((written = at.pointer) == null) {
            unwritten++;
            at = at.parent;
        }
        Place[] below = new Place[unwritten];
        at = this;
        for (int i = unwritten - 1; i >= 0; i--) {
            below[i] = at;
            at = at.parent;
        }
        for (Place place : below) {
            written = written + "/" + segment(place.name, place.index);
            place.pointer = written;
        }
        return written;
    }

    /** The length of this place's pointer, measured without writing it. */
    public int pointerLength() {
        int length = 0;
        for (Place at = this; ; at = at.parent) {
            if (at.pointer != null) {
                return length + at.pointer.length();
            }
            length += 1 + segment(at.name, at.index).length();
        }
    }

    /**
     * Whether the first {@code length} characters of {@code text} are this place's pointer; read from the
     * place up, without writing the pointer.
     */
    public boolean isPointerOf(String text, int length) {
        int end = length;
        for (Place at = this; ; at = at.parent) {
            String known = at.pointer;
            if (known != null) {
                return known.length() == end && text.regionMatches(0, known, 0, end);
            }
            String segment = segment(at.name, at.index);
            int start = end - segment.length() - 1;
            if (start < 0 || text.charAt(start) != '/'
                    || !text.regionMatches(start + 1, segment, 0, segment.length())) {
                return false;
            }
            end = start;
        }
    }
}
