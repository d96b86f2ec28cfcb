/**
 * Stage 0, the tree vocabulary every stage shares: compact object nodes, a node factory that enforces the
 * limits, JSON types, JSON Pointers and key spellings. Depends on no other stage.
 */
package io.assistconf.internal.tree;
