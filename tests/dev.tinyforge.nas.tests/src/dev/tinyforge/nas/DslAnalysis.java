package dev.tinyforge.nas;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.dsl.lowering.LoweringResult;
import dev.tinyforge.dsl.lowering.NetworkLowering;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.nas.dsl.SubnetDsl;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;

/** Analyses a subnet the slow, independent way: its DSL text, parsed, lowered to the IR and analysed. */
public final class DslAnalysis {

	private DslAnalysis() {
	}

	public static NetworkAnalysis of(ElasticSpace space, Subnet subnet) {
		Network network = (Network) TinyMlTestTexts.parse(SubnetDsl.write(space, subnet, "net")).getElements().get(0);
		LoweringResult lowering = new NetworkLowering().lower(network);
		if (!lowering.succeeded()) {
			throw new AssertionError("lowering failed: " + lowering.problems());
		}
		return new NetworkAnalyzer().analyze(IrToLayerGraph.convert(lowering.graph()));
	}
}
