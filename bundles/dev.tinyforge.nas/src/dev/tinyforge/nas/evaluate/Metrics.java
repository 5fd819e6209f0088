package dev.tinyforge.nas.evaluate;

import dev.tinyforge.analysis.patch.PatchPlan;

/**
 * What the analysis says of a candidate.
 *
 * @param macs multiply-accumulates per inference (the network's, without the halos a patch plan recomputes)
 * @param sramBytes the planned arena (peak SRAM), in-place depthwise and the patch plan included
 * @param flashBytes the bytes of weights and biases
 * @param latencyMs the estimated time per inference on the device, NaN without a latency model for its core
 * @param patches the patch plan that makes the candidate fit, null when it runs layer by layer
 */
public record Metrics(long macs, long sramBytes, long flashBytes, double latencyMs, PatchPlan patches) {
}
