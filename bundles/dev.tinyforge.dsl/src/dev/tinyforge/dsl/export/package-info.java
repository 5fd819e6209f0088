/**
 * Writes IR graphs back as .tinyml text (architecture only), e.g. to show an imported .tflite model as a
 * network a firmware engineer can read, edit and search around.
 */
package dev.tinyforge.dsl.export;
