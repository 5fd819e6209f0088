/**
 * The result of {@code tinyforge analyze} as data: diagnostics and, per deployment or network, the per-layer
 * costs, totals and fit verdict; with {@code --train}, per training the per-layer training memory and the schemes
 * compared. The text report, the JSON document and the Eclipse UI all render this one model, so no number is
 * computed twice.
 */
package dev.tinyforge.cli.report;
