package dev.tinyforge.reference.kernels;

/** A prepared operator: its parameters are fixed, so running it only computes. */
public interface Kernel {

	/**
	 * Reads the operator's input tensors (raw bytes, in the operator's input order, constants included) and
	 * overwrites its output tensors.
	 */
	void run(byte[][] inputs, byte[][] outputs);
}
