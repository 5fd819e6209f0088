/** The .tinyml editor in a real workbench, as a user meets it. */
package dev.tinyforge.dsl.ui.tests;
