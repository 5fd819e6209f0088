/** The arithmetic helpers against known values of TFLite and gemmlowp. */
package dev.tinyforge.reference.arithmetic;
