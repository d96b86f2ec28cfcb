/**
 * Stage 5, rules: takes a canonical tree and gives the violations of the cross-field rules each variant's
 * documentation states in prose. One class per variant, registered in
 * {@link io.assistconf.internal.rules.RuleRegistry}. Depends on: tree.
 */
package io.assistconf.internal.rules;
