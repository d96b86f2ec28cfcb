/**
 * Stage 4, validate: takes a canonical tree and gives the schema violations. networknt's validator is the
 * reference; a compiled fast validator, proven equal to it, answers for valid payloads and narrows an
 * invalid one to its failing part. networknt's errors are translated into violations here. Depends on: tree,
 * schema.
 */
package io.assistconf.internal.validate;
