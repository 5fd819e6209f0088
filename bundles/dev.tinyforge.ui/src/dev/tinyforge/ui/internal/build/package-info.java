/**
 * TinyForge in a project: the nature and builder that validate .tinyml files and regenerate the C code of their
 * deploys on save, and the commands Configure > Enable TinyForge and Generate Code. Generation is the command
 * line's {@code generate}, so the IDE and the CLI write the same folders under the same rules.
 */
package dev.tinyforge.ui.internal.build;
