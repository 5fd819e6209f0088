/**
 * The bridge to the .tinyml language: a {@code search} block becomes an {@link dev.tinyforge.nas.space.ElasticSpace},
 * settings and device targets, and a subnet becomes a formatted {@code network} again.
 */
package dev.tinyforge.nas.dsl;
