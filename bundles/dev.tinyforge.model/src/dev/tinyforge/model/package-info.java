/**
 * Hand-written helpers around the generated IR ({@link dev.tinyforge.model.ir}): tensor sizes, the window
 * arithmetic that decides output shapes, and reading and writing graphs as XMI.
 */
package dev.tinyforge.model;
