/**
 * The .tinyml language inside Eclipse: the Xtext injector (runtime + ide services, no Xtext UI bundles) and the
 * parse of an editor's text together with the .tinyml files beside it.
 */
package dev.tinyforge.dsl.ui;
