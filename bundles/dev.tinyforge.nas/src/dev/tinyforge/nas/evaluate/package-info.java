/**
 * The fast path that judges a candidate: its analysis graph built directly from the subnet (no DSL, no EMF),
 * the real analysis and memory planner, a latency estimate, and the device's limits.
 */
package dev.tinyforge.nas.evaluate;
