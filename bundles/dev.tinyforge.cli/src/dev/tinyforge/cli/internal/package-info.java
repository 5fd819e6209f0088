/**
 * The command line's machinery: argument parsing, one class per command, loading a project's files and models,
 * and the text rendering of reports and tensors. Not API: {@link dev.tinyforge.cli.Main} is its only user.
 */
package dev.tinyforge.cli.internal;
