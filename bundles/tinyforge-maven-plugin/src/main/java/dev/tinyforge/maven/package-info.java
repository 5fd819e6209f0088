/**
 * The TinyForge Maven plugin: goals {@code analyze} and {@code generate}, which run TinyForge's command line on a
 * .tinyml file inside the build.
 */
package dev.tinyforge.maven;
