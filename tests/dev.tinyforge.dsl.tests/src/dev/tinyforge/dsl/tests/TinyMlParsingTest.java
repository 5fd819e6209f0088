package dev.tinyforge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import dev.tinyforge.dsl.tinyMl.ActivationKind;
import dev.tinyforge.dsl.tinyMl.ActivationLayer;
import dev.tinyforge.dsl.tinyMl.Add;
import dev.tinyforge.dsl.tinyMl.Conv;
import dev.tinyforge.dsl.tinyMl.Core;
import dev.tinyforge.dsl.tinyMl.CoreFeature;
import dev.tinyforge.dsl.tinyMl.Dense;
import dev.tinyforge.dsl.tinyMl.DepthwiseConv;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Device;
import dev.tinyforge.dsl.tinyMl.Flatten;
import dev.tinyforge.dsl.tinyMl.FrequencyUnit;
import dev.tinyforge.dsl.tinyMl.GlobalPool;
import dev.tinyforge.dsl.tinyMl.Input;
import dev.tinyforge.dsl.tinyMl.InvertedResidual;
import dev.tinyforge.dsl.tinyMl.LatencyConstraint;
import dev.tinyforge.dsl.tinyMl.MemoryKind;
import dev.tinyforge.dsl.tinyMl.MemoryRegion;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.Pad;
import dev.tinyforge.dsl.tinyMl.PaddingKind;
import dev.tinyforge.dsl.tinyMl.PatchMode;
import dev.tinyforge.dsl.tinyMl.PointwiseConv;
import dev.tinyforge.dsl.tinyMl.Pool;
import dev.tinyforge.dsl.tinyMl.PoolKind;
import dev.tinyforge.dsl.tinyMl.Reshape;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.dsl.tinyMl.OptimizeMode;
import dev.tinyforge.dsl.tinyMl.SimdMode;
import dev.tinyforge.dsl.tinyMl.Size;
import dev.tinyforge.dsl.tinyMl.SizeConstraint;
import dev.tinyforge.dsl.tinyMl.SizeUnit;
import dev.tinyforge.dsl.tinyMl.Softmax;
import dev.tinyforge.dsl.tinyMl.Stage;
import dev.tinyforge.dsl.tinyMl.StandaloneActivation;
import dev.tinyforge.dsl.tinyMl.TimeUnit;

@ExtendWith(InjectionExtension.class)
@InjectWith(TinyMlInjectorProvider.class)
class TinyMlParsingTest {

	@Inject
	private ParseHelper<Model> parser;

	@Test
	void parsesEveryConstructWithoutErrors() throws Exception {
		Model model = parser.parse(KeywordSpottingExample.TEXT);

		assertTrue(model.eResource().getErrors().isEmpty(), () -> "syntax errors: " + model.eResource().getErrors());
		EcoreUtil2.resolveAll(model);
		assertTrue(model.eResource().getErrors().isEmpty(), () -> "linking errors: " + model.eResource().getErrors());
		assertEquals(4, model.getElements().size());
	}

	@Test
	void readsTheDeviceWithSizesInTheirUnits() throws Exception {
		Device device = (Device) parser.parse(KeywordSpottingExample.TEXT).getElements().get(0);

		assertEquals("f746", device.getName());
		assertEquals("STM32F746 Discovery", device.getDescription());
		assertEquals(Core.CORTEX_M7, device.getCore());
		assertEquals(216, device.getClock().getValue());
		assertEquals(FrequencyUnit.MHZ, device.getClock().getUnit());
		assertEquals(List.of(CoreFeature.DSP, CoreFeature.FPU), device.getFeatures());

		MemoryRegion flash = device.getMemories().get(0);
		assertEquals(MemoryKind.FLASH, flash.getKind());
		assertNull(flash.getName());
		assertSize(1, SizeUnit.MB, flash.getSize());
		assertSize(64, SizeUnit.KB, flash.getReserve());

		MemoryRegion sram = device.getMemories().get(1);
		assertEquals(MemoryKind.SRAM, sram.getKind());
		assertEquals("dtcm", sram.getName());
		assertSize(320, SizeUnit.KB, sram.getSize());
		assertSize(16, SizeUnit.KB, sram.getReserve());
	}

	@Test
	void readsTheInputWithItsQuantization() throws Exception {
		Input input = network().getInput();

		assertEquals("mfcc", input.getName());
		assertEquals("49x10x1", input.getShape().getText());
		assertEquals(0.0078125, input.getScale());
		assertEquals(-128, input.getZeroPoint());
	}

	@Test
	void readsEveryLayerKind() throws Exception {
		Network network = network();

		Conv stem = layer(network, 0, Conv.class);
		assertEquals("stem", stem.getName());
		assertNull(stem.getFrom());
		assertEquals(64, stem.getFilters());
		assertEquals("3x3", stem.getKernel().getText());
		assertEquals(2, stem.getStride());
		assertEquals(PaddingKind.SAME, stem.getPadding());
		assertEquals(ActivationKind.RELU, stem.getActivation());

		DepthwiseConv dw1 = layer(network, 1, DepthwiseConv.class);
		assertEquals("3", dw1.getKernel().getText());
		assertEquals(PaddingKind.SAME, dw1.getPadding());

		assertEquals(StandaloneActivation.RELU6, layer(network, 2, ActivationLayer.class).getKind());
		assertEquals(64, layer(network, 3, PointwiseConv.class).getFilters());

		Add res1 = layer(network, 4, Add.class);
		assertEquals(List.of(stem, network.getLayers().get(3)), res1.getOperands());

		InvertedResidual mb1 = layer(network, 5, InvertedResidual.class);
		assertEquals(64, mb1.getFilters());
		assertEquals(4, mb1.getExpand());
		assertEquals("5", mb1.getKernel().getText());
		assertTrue(mb1.isSe());
		assertEquals(0.25, mb1.getSeRatio());
		assertEquals(ActivationKind.RELU6, mb1.getActivation());

		Pad pad1 = layer(network, 6, Pad.class);
		assertNull(pad1.getFrom());
		assertEquals(List.of(0, 1, 0, 1), List.of(pad1.getTop(), pad1.getBottom(), pad1.getLeft(), pad1.getRight()));

		Pool pool1 = layer(network, 7, Pool.class);
		assertEquals(PoolKind.MAX, pool1.getKind());
		assertEquals(PaddingKind.VALID, pool1.getPadding());
		Pool pool2 = layer(network, 8, Pool.class);
		assertEquals(PoolKind.AVERAGE, pool2.getKind());
		assertSame(mb1, pool2.getFrom());
		assertEquals("2x2", pool2.getKernel().getText());

		assertSame(pool1, layer(network, 9, GlobalPool.class).getFrom());
		assertEquals("1x256", layer(network, 10, Reshape.class).getShape().getText());
		assertSame(pool2, layer(network, 11, Flatten.class).getFrom());

		Dense logits = layer(network, 12, Dense.class);
		assertEquals(12, logits.getUnits());
		assertEquals(ActivationKind.NONE, logits.getActivation());

		Softmax probs = layer(network, 13, Softmax.class);
		assertSame(logits, probs.getFrom());
		assertEquals(1.0, probs.getBeta());
	}

	@Test
	void readsTheSearchSpace() throws Exception {
		Model model = parser.parse(KeywordSpottingExample.TEXT);
		SearchSpace search = (SearchSpace) model.getElements().get(2);

		assertEquals(List.of(model.getElements().get(0)), search.getDevices());
		assertEquals(1, search.getInputChannels());
		assertEquals(12, search.getClasses());
		assertEquals(List.of(0.5, 0.75, 1.0), search.getWidths());
		assertEquals(List.of(32, 49), search.getResolutions());

		Stage s2 = search.getStages().get(1);
		assertEquals("s2", s2.getName());
		assertEquals(32, s2.getWidth());
		assertEquals(1, s2.getStride());
		assertEquals(List.of(2, 3), s2.getDepths());
		assertEquals(List.of(3, 5, 7), s2.getKernels());
		assertEquals(List.of(3, 6), s2.getExpands());

		SizeConstraint flash = (SizeConstraint) search.getConstraints().get(0);
		assertEquals(MemoryKind.FLASH, flash.getResource());
		assertSize(512, SizeUnit.KB, flash.getLimit());
		LatencyConstraint latency = (LatencyConstraint) search.getConstraints().get(2);
		assertEquals(50.5, latency.getLimit().getValue());
		assertEquals(TimeUnit.MS, latency.getLimit().getUnit());

		assertFalse(search.getObjective().isMacs());
		assertEquals("python train.py --epochs 3", search.getObjective().getCommand());
	}

	@Test
	void readsTheDeployment() throws Exception {
		Model model = parser.parse(KeywordSpottingExample.TEXT);
		Deployment deployment = (Deployment) model.getElements().get(3);

		assertSame(model.getElements().get(1), deployment.getNetwork());
		assertSame(model.getElements().get(0), deployment.getDevice());
		assertEquals("build/kws", deployment.getOutput());
		assertEquals(PatchMode.AUTO, deployment.getPatches().getMode());
		assertEquals(30, deployment.getPatches().getOverheadPercent());
		assertEquals(SimdMode.AUTO, deployment.getSimd());
		assertEquals(OptimizeMode.AUTO, deployment.getOptimize());
	}

	@Test
	void readsTheAlternativeForms() throws Exception {
		Model model = parser.parse("""
				network imported from "models/kws.tflite"

				search tiny {
					input channels 3 classes 2
					widths 1
					resolutions 96
					stage s1 width 8 stride 1 depth 1 kernel 3 expand 1
					maximize macs
				}

				deploy imported on board {
					patches 2x2 until stem
					simd off
					optimize size
				}
				""");

		assertTrue(model.eResource().getErrors().isEmpty(), () -> "syntax errors: " + model.eResource().getErrors());
		Network imported = (Network) model.getElements().get(0);
		assertEquals("models/kws.tflite", imported.getModelFile());
		assertNull(imported.getInput());
		assertTrue(((SearchSpace) model.getElements().get(1)).getObjective().isMacs());
		Deployment deployment = (Deployment) model.getElements().get(2);
		assertEquals("2x2", deployment.getPatches().getGrid().getText());
		assertEquals(SimdMode.OFF, deployment.getSimd());
		assertEquals(OptimizeMode.SIZE, deployment.getOptimize());
	}

	@Test
	void reportsAMissingKeywordWithItsLine() throws Exception {
		Model model = parser.parse("""
				network broken {
					input img 96x96x3 int8
					conv stem kernel 3
				}
				""");

		List<Diagnostic> errors = model.eResource().getErrors();
		assertFalse(errors.isEmpty(), "a conv without 'filters' must not parse");
		assertEquals(3, errors.get(0).getLine());
		assertTrue(errors.get(0).getMessage().contains("'filters'"), errors.get(0).getMessage());
	}

	private Network network() throws Exception {
		return (Network) parser.parse(KeywordSpottingExample.TEXT).getElements().get(1);
	}

	private static <T> T layer(Network network, int index, Class<T> kind) {
		return kind.cast(network.getLayers().get(index));
	}

	private static void assertSize(int value, SizeUnit unit, Size size) {
		assertEquals(value, size.getValue());
		assertEquals(unit, size.getUnit());
	}
}
