package io.assistconf.cli;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Variants, kinds and formats by their command-line ids: picocli converters, and the id lists that the
 * help shows as {@code ${COMPLETION-CANDIDATES}}.
 */
public final class Ids {

    private Ids() {
    }

    public static final class VariantConverter implements ITypeConverter<Variant> {
        @Override
        public Variant convert(String id) {
            return find("variant", id, Variant::byId, new Variants());
        }
    }

    public static final class KindConverter implements ITypeConverter<Kind> {
        @Override
        public Kind convert(String id) {
            return find("kind", id, Kind::byId, new Kinds());
        }
    }

    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String id) {
            return find("format", id, OutputFormat::byId, new Formats());
        }
    }

    public static final class Variants extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        public Variants() {
            super(Arrays.stream(Variant.values()).map(Variant::id).toList());
        }
    }

    public static final class Kinds extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        public Kinds() {
            super(Arrays.stream(Kind.values()).map(Kind::id).toList());
        }
    }

    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(Arrays.stream(OutputFormat.values()).map(OutputFormat::id).toList());
        }
    }

    private static <T> T find(String what, String id, Function<String, Optional<T>> byId, List<String> ids) {
        return byId.apply(id).orElseThrow(() -> new TypeConversionException(
                "unknown " + what + " '" + id + "'; use one of " + String.join(", ", ids)));
    }
}
