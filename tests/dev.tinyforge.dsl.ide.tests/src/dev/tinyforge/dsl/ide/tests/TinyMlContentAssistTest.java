package dev.tinyforge.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(TinyMlIdeInjectorProvider.class)
class TinyMlContentAssistTest {

	@Inject
	private Completions completions;

	@Test
	void proposesTypicalSizesAfterAMemoryKind() throws Exception {
		List<String> proposals = completions.at("""
				device d {
					core cortex-m4
					sram |
				}
				""");

		assertTrue(proposals.containsAll(List.of("64 KB", "320 KB", "1 MB")), proposals::toString);
		assertFalse(proposals.contains("value"), proposals::toString);
	}

	@Test
	void proposesKernelSizesAfterKernel() throws Exception {
		List<String> proposals = completions.at("""
				network n {
					input img 96x96x3 int8
					conv stem filters 8 kernel |
				}
				""");

		assertEquals(List.of("3", "3x3", "5", "7"), proposals.stream().sorted().toList());
	}

	@Test
	void proposesActivationKindsAfterActivation() throws Exception {
		List<String> proposals = completions.at("""
				network n {
					input img 96x96x3 int8
					conv stem filters 8 kernel 3 activation |
				}
				""");

		assertEquals(Set.of("none", "relu", "relu6"), Set.copyOf(proposals));
	}

	@Test
	void proposesOnlyNodesAboveTheLayerAsItsInput() throws Exception {
		List<String> proposals = completions.at("""
				network n {
					input img 96x96x3 int8
					conv c1 filters 8 kernel 3
					conv c2 from | filters 8 kernel 3
					conv c3 filters 8 kernel 3
				}

				network other {
					input x 8x8x1 int8
					conv o1 filters 8 kernel 3
				}
				""");

		assertEquals(Set.of("img", "c1"), Set.copyOf(proposals));
	}

	@Test
	void proposesOnlyNodesAboveTheAddAsItsOperands() throws Exception {
		List<String> proposals = completions.at("""
				network n {
					input img 96x96x3 int8
					conv c1 filters 8 kernel 3
					conv c2 filters 8 kernel 3
					add sum from c1, |
					conv c3 filters 8 kernel 3
				}
				""");

		assertEquals(Set.of("img", "c1", "c2"), Set.copyOf(proposals));
	}
}
