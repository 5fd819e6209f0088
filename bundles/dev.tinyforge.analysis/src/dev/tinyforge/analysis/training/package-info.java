/**
 * Memory of on-device training (fine-tuning) after TinyTL (Cai, Gan, Zhu and Han, "TinyTL: Reduce Memory, Not
 * Parameters for Efficient On-Device Learning", NeurIPS 2020): which parameters an {@link
 * dev.tinyforge.analysis.training.UpdateScheme} updates, which forward activations the backward pass needs, the
 * gradients and optimizer state, TinyTL's lite residual modules, and the SRAM of one training step planned over
 * its forward, backward and update steps ({@link dev.tinyforge.analysis.training.TrainingMemoryAnalyzer}).
 * <p>
 * TinyTL's point, which the model follows: the weight gradient of a linear layer needs the layer's input
 * activation, its bias gradient does not (only the output gradient), so freezing the weights frees the stored
 * activations, which dominate training memory, not the parameters.
 */
package dev.tinyforge.analysis.training;
