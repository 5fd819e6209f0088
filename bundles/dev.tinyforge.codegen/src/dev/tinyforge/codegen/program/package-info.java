/** The C files of a generated model: the public header, the schedule, the kernels and the weights. */
package dev.tinyforge.codegen.program;
