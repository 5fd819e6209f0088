/** Writing C source text: indentation, array literals and exact number literals. */
package dev.tinyforge.codegen.c;
