package dev.tinyforge.tflite.internal.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Quantization;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.tflite.internal.file.Places;
import dev.tinyforge.tflite.internal.file.Problems;
import dev.tinyforge.tflite.internal.file.TfliteFile;
import dev.tinyforge.tflite.internal.file.TfliteQuantization;
import dev.tinyforge.tflite.internal.file.TfliteTensor;

/**
 * The IR tensors of the file's tensors, created on first use: a tensor that only feeds a parameter which a
 * mapper turns into an attribute (MEAN axes, PAD paddings, a RESHAPE shape) never gets one. A tensor has the
 * file's shape unless a transpose left it in another {@link Layout}.
 */
final class IrTensors {

	private final TfliteFile file;
	private final Problems problems;
	private final Tensor[] converted;
	private final Map<Integer, Layout> layouts = new HashMap<>();

	IrTensors(TfliteFile file, Problems problems) {
		this.file = file;
		this.problems = problems;
		this.converted = new Tensor[file.tensors().length];
	}

	Tensor get(int index) {
		if (converted[index] == null) {
			converted[index] = convert(file.tensors()[index]);
		}
		return converted[index];
	}

	/** The layout in which the IR holds the tensor, or null if it is the file's. */
	Layout layout(int index) {
		return layouts.get(index);
	}

	/** Gives the tensor the layout's shape, moving a per-channel quantization's dimension with it. */
	void relayout(int index, Layout layout) {
		Tensor tensor = get(index);
		tensor.getShape().clear();
		for (int dim : layout.shape()) {
			tensor.getShape().add(dim);
		}
		Quantization quantization = tensor.getQuantization();
		if (quantization != null && quantization.getScale().size() > 1) {
			quantization.setQuantizedDimension(layout.axis(quantization.getQuantizedDimension()));
		}
		layouts.put(index, layout);
	}

	/** The tensors created so far, in the order of the file. */
	List<Tensor> inFileOrder() {
		List<Tensor> tensors = new ArrayList<>();
		for (Tensor tensor : converted) {
			if (tensor != null) {
				tensors.add(tensor);
			}
		}
		return tensors;
	}

	private Tensor convert(TfliteTensor source) {
		Tensor tensor = IrFactory.eINSTANCE.createTensor();
		tensor.setName(source.name());
		for (int dim : source.shape()) {
			tensor.getShape().add(dim);
		}
		if (source.variable()) {
			report(source, "variable tensors (state kept between invocations) are not supported");
		}
		if (source.sparse()) {
			report(source, "sparse tensors are not supported");
		}
		DataType type = DataTypes.of(source.type());
		if (type == null) {
			report(source, "type " + source.typeName() + " is not supported");
		} else {
			tensor.setDataType(type);
			tensor.setConstant(!file.data(source).isEmpty());
			tensor.setData(ConstantData.copy(file, source, type, problems));
		}
		if (source.quantization().hasScales()) {
			tensor.setQuantization(quantization(source));
		}
		return tensor;
	}

	private Quantization quantization(TfliteTensor source) {
		TfliteQuantization parameters = source.quantization();
		if (parameters.customDetails()) {
			report(source, "custom quantization details are not supported");
		}
		Quantization quantization = IrFactory.eINSTANCE.createQuantization();
		for (float scale : parameters.scales()) {
			quantization.getScale().add(scale);
		}
		for (long zeroPoint : parameters.zeroPoints()) {
			quantization.getZeroPoint().add(zeroPoint);
		}
		quantization.setQuantizedDimension(parameters.channelDimension(source.shape().length));
		return quantization;
	}

	private void report(TfliteTensor tensor, String what) {
		problems.add(Places.tensor(file, tensor.index()), what);
	}
}
