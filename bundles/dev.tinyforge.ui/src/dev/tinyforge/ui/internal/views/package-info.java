/**
 * The TinyForge views, each following the .tinyml editor last active: the memory chart of its network, and the
 * TinyNAS search of its search blocks.
 */
package dev.tinyforge.ui.internal.views;
