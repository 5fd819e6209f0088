/**
 * The TinyForge views, each following the .tinyml editor last active: the memory charts of its network (inference
 * and training), and the TinyNAS search of its search blocks.
 */
package dev.tinyforge.ui.internal.views;
