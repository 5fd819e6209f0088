/**
 * The command line's machinery: argument parsing, loading a project's files, and the text rendering of reports.
 * Not API: {@link dev.tinyforge.cli.Main} is its only user.
 */
package dev.tinyforge.cli.internal;
