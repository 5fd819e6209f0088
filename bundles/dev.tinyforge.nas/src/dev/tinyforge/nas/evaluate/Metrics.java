package dev.tinyforge.nas.evaluate;

/**
 * What the analysis says of a candidate.
 *
 * @param macs multiply-accumulates per inference
 * @param sramBytes the planned arena (peak SRAM), in-place depthwise included
 * @param flashBytes the bytes of weights and biases
 * @param latencyMs the estimated time per inference on the device, NaN without a latency model for its core
 */
public record Metrics(long macs, long sramBytes, long flashBytes, double latencyMs) {
}
