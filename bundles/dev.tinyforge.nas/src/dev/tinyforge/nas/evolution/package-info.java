/**
 * Stage 2: Once-for-All's evolutionary search (Cai et al., "Once-for-All: Train One Network and Specialize it
 * for Efficient Deployment", ICLR 2020, section 3.4 and its released evolution finder): a population of
 * subnets that meet the limits, the best as parents, children by mutation and crossover that must meet the
 * limits too, scored by an {@link dev.tinyforge.nas.evolution.Objective}.
 */
package dev.tinyforge.nas.evolution;
