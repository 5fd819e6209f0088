/**
 * Writing a folder of generated files all at once or not at all, keeping what the user wrote in their USER CODE
 * sections.
 */
package dev.tinyforge.codegen.output;
