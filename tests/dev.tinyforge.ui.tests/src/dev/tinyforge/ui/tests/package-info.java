/** The memory chart: its scale and layout as plain classes, and its view in a real workbench. */
package dev.tinyforge.ui.tests;
