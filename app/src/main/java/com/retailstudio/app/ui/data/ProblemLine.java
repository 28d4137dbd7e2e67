package com.retailstudio.app.ui.data;

import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.Severity;
import com.retailstudio.data.quality.ProblemSummary;
import com.retailstudio.data.quality.RejectedReferences;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the Data section's problems table: a problem that is a cause, or one line standing for every row that
 * was rejected only because it refers to a rejected row ("170 rows refer to rejected product rows …"), placed right
 * under the errors of the file it follows from.
 *
 * @param group whether the line stands for a group of consequences
 */
record ProblemLine(Severity severity, String where, String what, String message, boolean group) {

    /** The causes in the order found, each file's group of consequences right after that file's last cause. */
    static List<ProblemLine> causesFirst(ProblemSummary problems) {
        List<ProblemLine> lines = new ArrayList<>();
        List<DataProblem> roots = problems.roots();
        for (DataProblem root : roots) {
            lines.add(new ProblemLine(root.severity(), root.location(), root.reason(), root.message(), false));
        }
        for (RejectedReferences consequences : problems.rejectedReferences()) {
            String cause = consequences.entity().fileName();
            int after = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).group() && lines.get(i).where().startsWith(cause + ":")) {
                    after = i + 1;
                }
            }
            String where = String.join(", ", consequences.rowsByFile().keySet());
            lines.add(after == 0 ? lines.size() : after, new ProblemLine(Severity.ERROR, where,
                    consequences.describe(), consequences.describe() + ": each refers to an id whose own row in "
                    + cause + " has an error above", true));
        }
        return lines;
    }
}
