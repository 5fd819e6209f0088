package dev.tinyforge.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Rows of cells printed in aligned columns, two spaces apart, without trailing blanks. */
final class TextTable {

	enum Align {
		LEFT, RIGHT
	}

	private static final String GAP = "  ";

	private final Align[] aligns;
	private final List<String[]> rows = new ArrayList<>();

	TextTable(Align... aligns) {
		this.aligns = aligns.clone();
	}

	/** @param cells one per column */
	TextTable row(String... cells) {
		if (cells.length != aligns.length) {
			throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + aligns.length
					+ " columns");
		}
		rows.add(cells.clone());
		return this;
	}

	void print(PrintStream out, String indent) {
		int[] widths = new int[aligns.length];
		for (String[] row : rows) {
			for (int column = 0; column < row.length; column++) {
				widths[column] = Math.max(widths[column], row[column].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder(indent);
			for (int column = 0; column < row.length; column++) {
				String padding = " ".repeat(widths[column] - row[column].length());
				line.append(column == 0 ? "" : GAP);
				line.append(aligns[column] == Align.RIGHT ? padding + row[column] : row[column] + padding);
			}
			out.println(line.toString().stripTrailing());
		}
	}
}
