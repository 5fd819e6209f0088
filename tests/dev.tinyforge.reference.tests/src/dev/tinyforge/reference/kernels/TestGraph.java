package dev.tinyforge.reference.kernels;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Quantization;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.ReferenceInterpreter;

/** Builds the small IR graphs that the kernel tests run, tensor by tensor and operator by operator. */
public final class TestGraph {

	private static final IrFactory IR = IrFactory.eINSTANCE;

	private final Graph graph = IR.createGraph();

	/** An int8 graph input. */
	public Tensor input(String name, float scale, int zeroPoint, int... shape) {
		Tensor tensor = int8(name, scale, zeroPoint, shape);
		graph.getInputs().add(tensor);
		return tensor;
	}

	public Tensor floatInput(String name, int... shape) {
		Tensor tensor = float32(name, shape);
		graph.getInputs().add(tensor);
		return tensor;
	}

	/** An int8 tensor that an operator computes. */
	public Tensor int8(String name, float scale, int zeroPoint, int... shape) {
		Tensor tensor = tensor(name, DataType.INT8, shape);
		tensor.setQuantization(quantization(new float[] { scale }, zeroPoint));
		return tensor;
	}

	public Tensor float32(String name, int... shape) {
		return tensor(name, DataType.FLOAT32, shape);
	}

	/** Constant symmetric int8 weights with one scale, or one per output channel. */
	public Tensor weights(String name, float[] scales, int[] values, int... shape) {
		Tensor tensor = tensor(name, DataType.INT8, shape);
		tensor.setQuantization(quantization(scales, 0));
		tensor.setConstant(true);
		tensor.setData(bytes(values));
		return tensor;
	}

	public Tensor bias(String name, int... values) {
		Tensor tensor = tensor(name, DataType.INT32, values.length);
		tensor.setConstant(true);
		ByteBuffer data = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
		for (int value : values) {
			data.putInt(value);
		}
		tensor.setData(data.array());
		return tensor;
	}

	/** Appends an operator; the last one's output is the graph output. */
	public <T extends Operator> T add(T op, Tensor output, Tensor... inputs) {
		op.setName(op.eClass().getName().toLowerCase() + graph.getOperators().size());
		op.getInputs().addAll(List.of(inputs));
		op.getOutputs().add(output);
		graph.getOperators().add(op);
		graph.getOutputs().clear();
		graph.getOutputs().add(output);
		return op;
	}

	public Graph graph() {
		return graph;
	}

	/** Runs the graph once and returns its output. */
	public byte[] run(byte[]... inputs) {
		return new ReferenceInterpreter(graph).invoke(List.of(inputs)).get(0);
	}

	public static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	public static byte[] floats(float... values) {
		ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
		for (float value : values) {
			bytes.putFloat(value);
		}
		return bytes.array();
	}

	private Tensor tensor(String name, DataType type, int... shape) {
		Tensor tensor = IR.createTensor();
		tensor.setName(name);
		tensor.setDataType(type);
		for (int dim : shape) {
			tensor.getShape().add(dim);
		}
		graph.getTensors().add(tensor);
		return tensor;
	}

	private static Quantization quantization(float[] scales, int zeroPoint) {
		Quantization quantization = IR.createQuantization();
		for (float scale : scales) {
			quantization.getScale().add(scale);
			quantization.getZeroPoint().add((long) zeroPoint);
		}
		quantization.setQuantizedDimension(0);
		return quantization;
	}
}
