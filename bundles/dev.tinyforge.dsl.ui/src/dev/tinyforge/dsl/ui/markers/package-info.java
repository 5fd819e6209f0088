/**
 * The .tinyml problems of a workspace file as problem markers (squiggles, Problems view, quick fixes), written by
 * the editor while the user types and by the project builder on save.
 */
package dev.tinyforge.dsl.ui.markers;
