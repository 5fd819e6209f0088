package dev.tinyforge.codegen.program;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Tensor;

/**
 * A graph input or output as the public API exposes it: its macro name ({@code INPUT0}), its arena offset and
 * its type.
 */
public record GraphEndpoint(String kind, int index, Tensor tensor, long offset) {

	public String macro(String prefix) {
		return prefix.toUpperCase() + "_" + kind.toUpperCase() + index;
	}

	public boolean isFloat() {
		return tensor.getDataType() == DataType.FLOAT32;
	}

	public long bytes() {
		return Tensors.byteSize(tensor);
	}
}
