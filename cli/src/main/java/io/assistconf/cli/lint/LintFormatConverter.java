package io.assistconf.cli.lint;

import io.assistconf.lint.LintFormat;
import java.util.ArrayList;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli's converter of {@code --format}: a {@link LintFormat} by its id. */
final class LintFormatConverter implements ITypeConverter<LintFormat> {

    @Override
    public LintFormat convert(String id) {
        return LintFormat.of(id).orElseThrow(() -> new TypeConversionException("unknown format '" + id
                + "'; use one of " + String.join(", ", LintFormat.ids())));
    }

    /** The ids, for the help's {@code ${COMPLETION-CANDIDATES}}. */
    static final class Ids extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Ids() {
            super(LintFormat.ids());
        }
    }
}
