/** The per-layer report of a generated model, as text for people and JSON for tools. */
package dev.tinyforge.codegen.report;
