/**
 * Starting points for new .tinyml files: the boards firmware engineers start from, the settings TinyForge's
 * tools default to, and the text of a new model.
 */
package dev.tinyforge.dsl.templates;
