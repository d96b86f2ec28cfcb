package io.assistconf.internal.validate;

import com.networknt.schema.SchemaContext;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordFactory;
import com.networknt.schema.keyword.UnknownKeywordFactory;

/**
 * Tells networknt that the schemas' {@code x-} members ({@code x-aliases}, {@code x-legacy}, {@code x-secret},
 * ...) are annotations, so it does not warn through SLF4J about each of them in a user's log. Any other unknown
 * keyword keeps networknt's own handling (and its warning), since it would be a defect of a schema.
 */
final class AnnotationKeywords implements KeywordFactory {

    static final String PREFIX = "x-";

    @Override
    public Keyword getKeyword(String value, SchemaContext schemaContext) {
        if (value.startsWith(PREFIX)) {
            return new AnnotationKeyword(value);
        }
        return UnknownKeywordFactory.getInstance().getKeyword(value, schemaContext);
    }
}
