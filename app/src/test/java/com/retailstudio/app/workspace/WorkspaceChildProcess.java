package com.retailstudio.app.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second Retail Studio process for the multi-process tests: it opens a workspace and either holds it or keeps
 * writing batches, reporting each step on standard output.
 *
 * <p>{@code hold DIR}: opens the workspace, prints {@code open}, then waits to be killed.
 * {@code probe DIR}: tries to open the workspace and prints {@code opened} or {@code in use: MESSAGE}.
 * {@code write DIR}: opens the workspace and saves batches of {@link #BATCH_SIZE} documents, each batch in one
 * transaction, printing {@code committed N} after batch N has committed.
 */
public final class WorkspaceChildProcess {

    static final String KIND = "crash_batch";
    static final int BATCH_SIZE = 5;

    private WorkspaceChildProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args[0];
        Path directory = Path.of(args[1]);
        if (mode.equals("probe")) {
            probe(directory);
            return;
        }
        Workspace workspace = Workspace.open(directory);
        switch (mode) {
            case "hold" -> {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
            case "write" -> writeForever(workspace);
            default -> throw new IllegalArgumentException("Unknown mode " + mode);
        }
    }

    private static void probe(Path directory) {
        try (Workspace workspace = Workspace.open(directory)) {
            System.out.println("opened");
        } catch (WorkspaceInUseException e) {
            System.out.println("in use: " + e.getMessage());
        }
        System.out.flush();
    }

    private static void writeForever(Workspace workspace) {
        int batch = workspace.documents().list(KIND).stream()
                .mapToInt(document -> batchOf(document.id()) + 1)
                .max().orElse(0);
        String padding = "x".repeat(4_000);
        while (true) {
            List<DocumentDraft> drafts = new ArrayList<>();
            for (int member = 0; member < BATCH_SIZE; member++) {
                drafts.add(new DocumentDraft(KIND, documentId(batch, member), "draft",
                        "{\"batch\":" + batch + ",\"member\":" + member + ",\"padding\":\"" + padding + "\"}"));
            }
            workspace.documents().saveAll(drafts);
            System.out.println("committed " + batch);
            System.out.flush();
            batch++;
        }
    }

    static String documentId(int batch, int member) {
        return String.format("b%07d-%d", batch, member);
    }

    static int batchOf(String documentId) {
        return Integer.parseInt(documentId.substring(1, documentId.indexOf('-')));
    }
}
