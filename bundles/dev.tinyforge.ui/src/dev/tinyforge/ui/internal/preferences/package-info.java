/** Window > Preferences > TinyForge: the tools' settings, defaulting to the core's {@code ToolSettings.DEFAULTS}. */
package dev.tinyforge.ui.internal.preferences;
