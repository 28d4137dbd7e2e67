package com.retailstudio.app.workspace;

import java.nio.file.Path;
import java.util.OptionalLong;

/** The workspace folder is already open in another Retail Studio process, or earlier in this one. */
public final class WorkspaceInUseException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;
    private final OptionalLong holderPid;

    private WorkspaceInUseException(String message, Path directory, OptionalLong holderPid) {
        super(message);
        this.directory = directory;
        this.holderPid = holderPid;
    }

    static WorkspaceInUseException heldByAnotherProcess(Path directory, OptionalLong pid) {
        String who = pid.isPresent()
                ? "in another Retail Studio process (pid " + pid.getAsLong() + ")"
                : "in another Retail Studio process";
        return new WorkspaceInUseException(
                "The workspace " + directory + " is already open " + who
                        + "; close it first or pass --workspace DIR.",
                directory, pid);
    }

    static WorkspaceInUseException heldByThisProcess(Path directory) {
        long pid = ProcessHandle.current().pid();
        return new WorkspaceInUseException(
                "The workspace " + directory + " is already open in this Retail Studio process (pid " + pid
                        + "); close it first or pass --workspace DIR.",
                directory, OptionalLong.of(pid));
    }

    /** The workspace folder that is in use. */
    public Path directory() {
        return directory;
    }

    /** The process id of the holder, when the lock file names it. */
    public OptionalLong holderPid() {
        return holderPid;
    }
}
