/** The TinyForge views: the memory chart of the .tinyml file in the active editor. */
package dev.tinyforge.ui.internal.views;
