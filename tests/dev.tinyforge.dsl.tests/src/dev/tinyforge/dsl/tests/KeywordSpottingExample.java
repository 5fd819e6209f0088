package dev.tinyforge.dsl.tests;

/** A formatted .tinyml file that uses every construct of the grammar; its cross-references resolve by name. */
final class KeywordSpottingExample {

	private KeywordSpottingExample() {
	}

	/** A keyword-spotting project for an STM32F746. */
	static final String TEXT = """
			// keyword spotting on the STM32F746 Discovery kit
			device f746 "STM32F746 Discovery" {
				core cortex-m7
				clock 216 MHz
				features dsp, fpu
				flash 1 MB reserve 64 KB
				sram dtcm 320 KB reserve 16 KB
			}

			network kws {
				input mfcc 49x10x1 int8 scale 0.0078125 zero-point -128

				conv stem filters 64 kernel 3x3 stride 2 padding same activation relu
				dwconv dw1 kernel 3 padding same
				relu6 act1
				pwconv pw1 filters 64 activation relu
				add res1 from stem, pw1
				mbconv mb1 filters 64 expand 4 kernel 5 se ratio 0.25 activation relu6
				pad pad1 top 0 bottom 1 left 0 right 1
				maxpool pool1 kernel 2 stride 2 padding valid
				avgpool pool2 from mb1 kernel 2x2 stride 2
				globalavgpool gap from pool1
				reshape flat to 1x256
				flatten vec from pool2
				dense logits units 12 activation none
				softmax probs from logits beta 1
			}

			search kwsSpace {
				devices f746
				input channels 1 classes 12
				widths 0.5, 0.75, 1.0
				resolutions 32, 49
				stage s1 width 16 stride 2 depth 1, 2 kernel 3, 5 expand 1, 3, 6
				stage s2 width 32 stride 1 depth 2, 3 kernel 3, 5, 7 expand 3, 6
				max flash 512 KB
				max sram 128 KB
				max latency 50.5 ms
				maximize accuracy with "python train.py --epochs 3"
			}

			deploy kws on f746 {
				output "build/kws"
				patches auto overhead 30%
				simd auto
			}
			""";
}
