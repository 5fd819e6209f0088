package dev.tinyforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import dev.tinyforge.ui.chart.ByteText;
import dev.tinyforge.ui.chart.ChartLayout;
import dev.tinyforge.ui.chart.NiceScale;
import dev.tinyforge.ui.chart.NumberText;

class ChartLayoutTest {

	@Test
	void ticksFallOnRoundNumbers() {
		assertEquals(new NiceScale(0, 20, 100), NiceScale.of(87, 5));
		assertEquals(new NiceScale(0, 1, 3), NiceScale.of(3, 5));
		assertEquals(new NiceScale(0, 100_000, 400_000), NiceScale.of(327_680, 5));
		// bytes: whole KiB, 320 KiB of SRAM on a 100 KiB grid
		NiceScale sram = NiceScale.ofBytes(320 * 1024, 5);
		assertEquals(100 * 1024, sram.step());
		assertEquals(400 * 1024, sram.max());
		assertEquals(4, sram.tickCount());
		assertEquals(50, sram.pixels(sram.max() / 2, 100));
	}

	@Test
	void aScaleAroundValuesStartsBelowTheSmallestOnARoundNumber() {
		NiceScale macs = NiceScale.around(41_300_000, 47_900_000, 4);
		assertEquals(new NiceScale(40_000_000, 2_000_000, 48_000_000), macs);
		assertEquals(4, macs.tickCount());
		assertEquals(0, macs.pixels(40_000_000, 100));
		assertEquals(100, macs.pixels(48_000_000, 100));
		NiceScale accuracy = NiceScale.around(0.61, 0.68, 4);
		assertEquals(0.6, accuracy.min(), 1e-12);
		assertEquals(0.68, accuracy.max(), 1e-12);
		assertEquals(0.02, accuracy.step(), 1e-12);
		NiceScale single = NiceScale.around(5_000_000, 5_000_000, 4);
		assertTrue(single.min() <= 5_000_000 && single.max() > 5_000_000, single.toString());
	}

	@Test
	void countsAreShortOnAxes() {
		assertEquals("950", NumberText.brief(950));
		assertEquals("12k", NumberText.brief(12_000));
		assertEquals("3.5M", NumberText.brief(3_500_000));
		assertEquals("0.72", NumberText.brief(0.72));
	}

	@Test
	void barsShareTheWidthAndAreFoundUnderTheMouse() {
		ChartLayout layout = ChartLayout.of(872, 600, 31);
		Rectangle sram = layout.sram();
		Rectangle flash = layout.flash();
		assertTrue(sram.y + sram.height < flash.y, "SRAM above Flash");
		assertEquals(2, sram.height / flash.height);
		for (int i = 0; i < 31; i++) {
			Rectangle slot = layout.barSlot(i);
			int middle = slot.x + slot.width / 2;
			assertEquals(i, layout.barAt(middle, sram.y + sram.height - 1));
			assertEquals(i, layout.barAt(middle, flash.y + 1));
		}
		assertTrue(layout.barSlot(30).x + layout.barSlot(30).width <= sram.x + sram.width);
		assertEquals(-1, layout.barAt(sram.x - 1, sram.y + 5), "left of the plot");
		assertEquals(-1, layout.barAt(sram.x + 5, sram.y - 5), "above the plot");
	}

	@Test
	void resizingKeepsEveryBarVisible() {
		ChartLayout small = ChartLayout.of(120, 150, 40);
		for (int i = 0; i < 40; i++) {
			assertTrue(small.barSlot(i).width >= 1);
		}
	}

	@Test
	void bytesAreShortOnAxesAndExactInTooltips() {
		assertEquals("512 B", ByteText.brief(512));
		assertEquals("96 KiB", ByteText.brief(96 * 1024));
		assertEquals("1.5 MiB", ByteText.brief(1536 * 1024));
		assertEquals(String.format("%,d B", 55_296), ByteText.exact(55_296));
	}
}
