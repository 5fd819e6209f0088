/** File > New > TinyForge Model. */
package dev.tinyforge.ui.internal.wizards;
