package dev.tinyforge.codegen.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tinyforge.codegen.UserCodeException;

/** Reading USER CODE sections and putting them back into newly generated text. */
class UserCodeSectionsTest {

	private static final String GENERATED = """
			#include "a.h"
			/* USER CODE BEGIN Includes */
			/* USER CODE END Includes */
			int f(void)
			{
				/* USER CODE BEGIN Body */
				/* USER CODE END Body */
				return 0;
			}
			""";

	@Test
	void readsEachSectionsText() throws UserCodeException {
		Map<String, String> sections = UserCodeSections.read("a.c", GENERATED.replace("Includes */\n/*",
				"Includes */\n#include \"mine.h\"\n/*"));

		assertEquals(Map.of("Includes", "\n#include \"mine.h\"\n", "Body", "\n\t"), sections);
	}

	@Test
	void carriesTheUserTextIntoNewlyGeneratedText() throws UserCodeException {
		String newer = GENERATED.replace("#include \"a.h\"", "#include \"b.h\"").replace("return 0;", "return 1;");

		String merged = UserCodeSections.carryOver("a.c", newer,
				Map.of("Body", "\n\tled_toggle();\n\t", "Gone", "\n"));

		assertEquals(newer.replace("Body */\n\t/*", "Body */\n\tled_toggle();\n\t/*"), merged);
	}

	@Test
	void sectionsThePreviousTextLacksStayAsGenerated() throws UserCodeException {
		assertEquals(GENERATED, UserCodeSections.carryOver("a.c", GENERATED, Map.of()));
	}

	@Test
	void codeInASectionNoLongerGeneratedIsNotDropped() {
		UserCodeException e = assertThrows(UserCodeException.class,
				() -> UserCodeSections.carryOver("a.c", GENERATED, Map.of("Old", "\nx();\n")));

		assertEquals("a.c: USER CODE section Old is no longer generated; move its code elsewhere first",
				e.getMessage());
	}

	@Test
	void unpairedMarkersNameTheLine() {
		assertEquals("a.c:6: USER CODE BEGIN Body has no END", assertThrows(UserCodeException.class,
				() -> UserCodeSections.read("a.c", GENERATED.replace("/* USER CODE END Body */", ""))).getMessage());
		assertEquals("a.c:3: /* USER CODE END Other */ does not close an open section",
				assertThrows(UserCodeException.class, () -> UserCodeSections.read("a.c",
						GENERATED.replace("END Includes", "END Other"))).getMessage());
		assertEquals("a.c:6: /* USER CODE BEGIN Includes */ appears twice", assertThrows(UserCodeException.class,
				() -> UserCodeSections.read("a.c", GENERATED.replace("Body", "Includes"))).getMessage());
	}
}
