/**
 * Contributions to Eclipse's Generic Editor for *.tinyml (see plugin.xml), each a thin adapter over the
 * language's Xtext runtime and ide services: coloring, content assist, hovers, validation while typing,
 * hyperlinks to declarations and formatting.
 */
package dev.tinyforge.dsl.ui.internal.editor;
