/**
 * MCUNet's search-space optimisation: for every width multiplier and resolution, sample subnets, keep those
 * that fit the device, and pick the space whose fitting subnets have the most MACs on average (Lin et al.,
 * "MCUNet: Tiny Deep Learning on IoT Devices", NeurIPS 2020, section 3.1).
 */
package dev.tinyforge.nas.stage1;
