package dev.tinyforge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinyforge.analysis.graph.LayerGraph;
import org.junit.jupiter.api.Test;

class FitVerdictTest {

	/** At block 2's depthwise convolution, see ReferenceNetworksTest. */
	private static final long ARENA = 39_268;
	private static final long WEIGHTS = 218_920;

	private final LayerGraph mobileNet = TestNetworks.mobileNetV1(new LayerGraph.Builder());
	private final NetworkAnalysis analysis = new NetworkAnalyzer().analyze(mobileNet);

	@Test
	void fitsWhenBothMemoriesSuffice() {
		DeviceBudget budget = new DeviceBudget(320 * 1024, 64 * 1024, 1024 * 1024, 256 * 1024);
		FitVerdict v = FitVerdict.of(analysis, mobileNet, budget);

		assertTrue(v.fits());
		assertEquals(ARENA, v.sramNeeded());
		assertEquals(256 * 1024, v.sramAvailable());
		assertEquals(WEIGHTS, v.flashNeeded());
		assertEquals(768 * 1024, v.flashAvailable());
		assertEquals(0, v.sramOverBytes());
		assertEquals(0, v.flashOverBytes());
	}

	@Test
	void reportsHowFarEachMemoryOverflows() {
		DeviceBudget budget = new DeviceBudget(48 * 1024, 16 * 1024, 256 * 1024, 64 * 1024);
		FitVerdict v = FitVerdict.of(analysis, mobileNet, budget);

		assertFalse(v.fitsSram());
		assertFalse(v.fitsFlash());
		assertFalse(v.fits());
		assertEquals(ARENA - 32 * 1024, v.sramOverBytes());
		assertEquals(WEIGHTS - 192 * 1024, v.flashOverBytes());
	}

	@Test
	void exactlyFullStillFits() {
		FitVerdict v = FitVerdict.of(analysis, mobileNet, new DeviceBudget(ARENA, 0, WEIGHTS, 0));

		assertTrue(v.fits());
	}

	@Test
	void namesThePeakOperatorAndItsOrigin() {
		FitVerdict v = FitVerdict.of(analysis, mobileNet, new DeviceBudget(1, 0, 1, 0));

		assertEquals(3, v.peakOperator());
		assertEquals("block2/dw", v.peakOperatorName());
		assertEquals("block2", v.peakOperatorOrigin());
	}

	@Test
	void graphWithoutOperatorsHasNoPeakOperator() {
		LayerGraph empty = new LayerGraph.Builder().build();
		FitVerdict v = FitVerdict.of(new NetworkAnalyzer().analyze(empty), empty, new DeviceBudget(1, 0, 1, 0));

		assertEquals(-1, v.peakOperator());
		assertEquals("", v.peakOperatorName());
		assertTrue(v.fits());
	}

	@Test
	void rejectsAnAnalysisOfAnotherGraph() {
		LayerGraph other = new LayerGraph.Builder().build();

		assertThrows(IllegalArgumentException.class,
				() -> FitVerdict.of(analysis, other, new DeviceBudget(1, 0, 1, 0)));
	}

	@Test
	void budgetAvailableIsSizeMinusReserve() {
		DeviceBudget budget = new DeviceBudget(512, 100, 2048, 48);

		assertEquals(412, budget.sramAvailableBytes());
		assertEquals(2000, budget.flashAvailableBytes());
	}

	@Test
	void budgetRejectsReservesBeyondTheSizeAndNegativeValues() {
		IllegalArgumentException e =
				assertThrows(IllegalArgumentException.class, () -> new DeviceBudget(100, 101, 1, 0));
		assertTrue(e.getMessage().contains("SRAM reserve 101"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new DeviceBudget(1, 0, -1, 0));
	}
}
