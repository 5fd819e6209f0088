package dev.tinyforge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbers back out of a text report of one deployment or network, as a person would. */
final class TextReport {

	/** One table row; sizes in bytes. */
	record Row(int step, String name, String op, long macs, long weightBytes, long scratchBytes, long liveBytes,
			boolean markedPeak) {
	}

	private static final String NUMBER = "([\\d,]+)";
	/** The origin of an imported operator has single spaces: {@code operator 12 (CONV_2D)}. */
	private static final Pattern ROW = Pattern.compile("^\\s*(\\d+)  +(\\S+)  +\\S+(?: \\S+)*  +(\\S+)  +\\S+  +"
			+ NUMBER + "  +" + NUMBER + "  +" + NUMBER + "  +" + NUMBER + "(  <- peak)?$", Pattern.MULTILINE);

	final List<Row> rows = new ArrayList<>();
	private final String text;

	TextReport(String text) {
		this.text = text;
		Matcher row = ROW.matcher(text);
		while (row.find()) {
			rows.add(new Row(Integer.parseInt(row.group(1)), row.group(2), row.group(3), number(row.group(4)),
					number(row.group(5)), number(row.group(6)), number(row.group(7)), row.group(8) != null));
		}
	}

	/** The number after {@code label} on the line that starts with it, e.g. {@code total("MACs")}. */
	long total(String label) {
		return number(find("^\\s+" + Pattern.quote(label) + "  +" + NUMBER));
	}

	long needed(String memory) {
		return number(find("^\\s+" + memory + "  +" + NUMBER + " B needed"));
	}

	long available(String memory) {
		return number(find("^\\s+" + memory + "  +[\\d,]+ B needed  +" + NUMBER + " B available"));
	}

	private String find(String regex) {
		Matcher matcher = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("no line matching " + regex + " in\n" + text);
		}
		return matcher.group(1);
	}

	private static long number(String grouped) {
		return Long.parseLong(grouped.replace(",", ""));
	}
}
