package dev.tinyforge.analysis.training;

/**
 * The shape of TinyTL's lite residual modules (Section 3.2): the block's input is average-pooled by
 * {@code downsample}, goes through a {@code kernel} x {@code kernel} group convolution of {@code groups} groups
 * (with the block's stride) to {@code expand} times the input channels, a ReLU, a 1x1 convolution to the block's
 * output channels, and is upsampled and added to the block's output. TinyTL's defaults, from the paper's code
 * (mit-han-lab/tinyml, {@code LiteResidualModule}): downsample 2, 2 groups, expand 1, kernel 5 (made smaller
 * where the pooled map is smaller than it).
 *
 * @param downsample pooling factor, at least 1
 * @param groups groups of the first convolution, at least 1 (fewer where the channels do not divide)
 * @param expand middle channels per input channel, at least 1
 * @param kernel odd kernel size of the first convolution
 */
public record LiteResidualConfig(int downsample, int groups, int expand, int kernel) {

	public static final LiteResidualConfig TINYTL = new LiteResidualConfig(2, 2, 1, 5);

	public LiteResidualConfig {
		if (downsample < 1 || groups < 1 || expand < 1 || kernel < 1 || kernel % 2 == 0) {
			throw new IllegalArgumentException("lite residual needs downsample, groups and expand of at least 1 and an"
					+ " odd kernel, got downsample " + downsample + ", groups " + groups + ", expand " + expand
					+ ", kernel " + kernel);
		}
	}
}
