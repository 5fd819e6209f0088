package dev.tinyforge.dsl.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** A {@code train} block gets one setting per line, like a deployment. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TinyMlInjectorProvider.class)
class TrainingFormatterTest {

	@Inject
	private FormatterTestHelper formatterTester;

	@Test
	void oneSettingPerLine() {
		formatterTester.assertFormatted(request -> {
			request.setToBeFormatted("network n from \"n.tflite\"\n"
					+ "train n { scheme  bias-only +lite-residual groups 2 batch 8 optimizer sgd momentum"
					+ " precision weights fp32   activations int8 }\n");
			request.setExpectation("""
					network n from "n.tflite"

					train n {
						scheme bias-only + lite-residual groups 2
						batch 8
						optimizer sgd momentum
						precision weights fp32 activations int8
					}
					""");
		});
	}
}
