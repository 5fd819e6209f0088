package dev.tinyforge.nas.evaluator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.tinyforge.nas.evaluate.Metrics;
import dev.tinyforge.nas.evaluate.SubnetGraphBuilder;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;

/**
 * A subnet as JSON: resolution, width, input channels, classes, per stage its channels, stride and active blocks
 * (name, kernel, expand), and its analysis (MACs, peak SRAM, Flash, latency when known).
 */
public final class ArchitectureJson {

	private ArchitectureJson() {
	}

	public static JsonObject of(ElasticSpace space, Subnet subnet, Metrics metrics) {
		JsonObject json = new JsonObject();
		json.addProperty("key", subnet.key());
		json.addProperty("resolution", subnet.resolution());
		json.addProperty("width", subnet.width());
		json.addProperty("inputChannels", space.inputChannels());
		json.addProperty("classes", space.classes());
		JsonArray stages = new JsonArray();
		for (int stage = 0; stage < subnet.stageCount(); stage++) {
			JsonObject stageJson = new JsonObject();
			stageJson.addProperty("name", space.stage(stage).name());
			stageJson.addProperty("channels", space.channels(stage, subnet.width()));
			stageJson.addProperty("stride", space.stage(stage).stride());
			JsonArray blocks = new JsonArray();
			for (int block = 0; block < subnet.depth(stage); block++) {
				JsonObject blockJson = new JsonObject();
				blockJson.addProperty("name", SubnetGraphBuilder.blockName(space, stage, block));
				blockJson.addProperty("kernel", subnet.kernel(stage, block));
				blockJson.addProperty("expand", subnet.expand(stage, block));
				blocks.add(blockJson);
			}
			stageJson.add("blocks", blocks);
			stages.add(stageJson);
		}
		json.add("stages", stages);
		json.addProperty("macs", metrics.macs());
		json.addProperty("sramBytes", metrics.sramBytes());
		json.addProperty("flashBytes", metrics.flashBytes());
		if (!Double.isNaN(metrics.latencyMs())) {
			json.addProperty("latencyMs", metrics.latencyMs());
		}
		if (metrics.patches() != null) {
			JsonObject patches = new JsonObject();
			patches.addProperty("rows", metrics.patches().rows());
			patches.addProperty("columns", metrics.patches().columns());
			patches.addProperty("firstOp", metrics.patches().firstOp());
			patches.addProperty("splitOp", metrics.patches().splitOp());
			json.add("patches", patches);
		}
		return json;
	}
}
