/** The Outline view of a .tinyml editor: devices, networks with their layers, search spaces and deploys. */
package dev.tinyforge.dsl.ui.internal.outline;
