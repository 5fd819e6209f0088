/** The TinyForge views: the memory charts (inference and training) of the .tinyml file in the active editor. */
package dev.tinyforge.ui.internal.views;
