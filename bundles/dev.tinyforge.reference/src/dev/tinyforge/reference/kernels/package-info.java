/**
 * One kernel per IR operator kind, each a transcription of the TFLite Micro reference kernel it names. A kernel
 * checks its operator and works out its quantization parameters once, when it is prepared; {@link
 * dev.tinyforge.reference.kernels.KernelTable} maps operator kinds to kernels.
 */
package dev.tinyforge.reference.kernels;
