/**
 * Quick fixes for .tinyml problem markers, offered in the editor (Ctrl+1, the marker's hover) and the Problems view.
 */
package dev.tinyforge.dsl.ui.internal.quickfix;
