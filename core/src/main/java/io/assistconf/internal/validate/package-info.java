/**
 * Stage 4, validate: takes a canonical tree and gives the schema violations. networknt's validator is the
 * reference; a compiled fast validator, proven equal to it, answers for valid payloads and writes the report
 * of an invalid one, and past a bound of errors narrows it to its failing part for networknt. networknt's
 * errors are translated into violations here, by the code that writes the fast report's. Depends on: tree,
 * schema.
 */
package io.assistconf.internal.validate;
