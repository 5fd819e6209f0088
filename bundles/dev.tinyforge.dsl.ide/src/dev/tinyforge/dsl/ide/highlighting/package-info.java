/** Semantic highlighting of .tinyml: what a name is, beyond what the lexer sees. */
package dev.tinyforge.dsl.ide.highlighting;
