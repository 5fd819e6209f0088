/** Hand-worked tests of each kernel on small graphs, and the graph builder they share. */
package dev.tinyforge.reference.kernels;
