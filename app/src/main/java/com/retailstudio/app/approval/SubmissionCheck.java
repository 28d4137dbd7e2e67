package com.retailstudio.app.approval;

import com.retailstudio.app.workspace.DocumentVersion;
import java.util.List;

/** What stops a document version from being submitted or approved, e.g. a journey's lint errors. */
@FunctionalInterface
public interface SubmissionCheck {

    /** The blocking problems, each one sentence; empty when the version may go on. */
    List<String> blockingProblems(DocumentVersion version);

    SubmissionCheck NONE = version -> List.of();
}
