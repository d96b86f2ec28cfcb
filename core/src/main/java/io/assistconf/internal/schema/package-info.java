/**
 * Stage 2, schema: loads the variant schema files from the classpath (never over the network) and compiles
 * each into a {@link io.assistconf.internal.schema.Shape}, the normalizer's view of it: canonical names and
 * spellings, aliases, defaults, coercions, references, legacy marks. Depends on: tree.
 */
package io.assistconf.internal.schema;
