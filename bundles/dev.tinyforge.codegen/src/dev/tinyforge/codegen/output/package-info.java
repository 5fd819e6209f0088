/** Writing a folder of generated files all at once or not at all. */
package dev.tinyforge.codegen.output;
