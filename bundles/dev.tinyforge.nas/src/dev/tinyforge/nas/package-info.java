/**
 * TinyNAS with Once-for-All specialisation: {@link dev.tinyforge.nas.ArchitectureSearch} runs MCUNet's
 * search-space optimisation and then the evolutionary search for each device of a run, reporting progress and
 * honouring cancellation through {@link dev.tinyforge.nas.SearchMonitor}, which the IDE and the CLI supply.
 */
package dev.tinyforge.nas;
