/**
 * Changes to .tinyml text computed from the model, as replacements of text regions: editors apply them as
 * undoable edits (quick fixes), tests check them without an editor.
 */
package dev.tinyforge.dsl.edit;
