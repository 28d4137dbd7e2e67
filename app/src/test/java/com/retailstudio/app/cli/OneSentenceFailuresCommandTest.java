package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.markdown.io.RuleBookJson;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.testsupport.CommandLineHarness;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Issue #15 item 14: each command-line failure a newcomer met is one sentence on standard error, naming the file, line
 * and field where there is one, with no exception class, stack trace or SQL text.
 */
class OneSentenceFailuresCommandTest {

    private final CommandLineHarness cli = RetailStudioCli.asMainRunsIt();

    @TempDir
    Path folder;

    private int run(String... args) {
        return cli.run(args);
    }

    /** The one line the last run printed on standard error. */
    private String oneSentence() {
        return oneSentence(cli.err());
    }

    private static String oneSentence(String err) {
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        String line = lines.get(0);
        assertFalse(line.contains("Exception") || line.contains("\tat ") || line.contains("SQL"), line);
        return line;
    }

    @Test
    void aJourneyFileNestedTenThousandLevelsDeepIsRefusedWithoutAnInternalError() throws Exception {
        Path deep = folder.resolve("deep.json");
        Files.writeString(deep, "{\"nodes\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");

        assertEquals(1, run("journey", "lint", "--file", deep.toString()));

        assertEquals("retail-studio: " + deep + ": /: not a journey: its values are nested more than 1000 levels "
                + "deep, far deeper than any journey", oneSentence());
    }

    @Test
    void aJourneyFileThatIsNotUtf8NamesTheLineColumnAndByteOffset() throws Exception {
        Path latin1 = folder.resolve("latin1.json");
        byte[] text = "{\n  \"id\": \"caf\u00e9\",\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(latin1, text);

        assertEquals(1, run("journey", "lint", "--file", latin1.toString()));

        assertEquals("retail-studio: Cannot read " + latin1 + ": the byte 0xE9 at line 2, column 13 (byte offset 14) "
                + "is not UTF-8 text; save the file as UTF-8.", oneSentence());
    }

    @Test
    void aFiveThousandCharacterIdIsRefusedByItsLengthBeforeAnySql() {
        String id = "j".repeat(5_000);

        assertEquals(1, run("journey", "submit", "--id", id, "--workspace", folder.resolve("ws").toString()));

        assertEquals("retail-studio: The journey id 'jjjjjjjjjjjjjjjjjjjj…' is 5,000 characters long; the workspace "
                + "keeps at most 200.", oneSentence());
    }

    @Test
    void aJourneyFileWhoseIdIsTooLongIsRefusedByItsLengthOnImport() throws Exception {
        Path file = folder.resolve("long-id.json");
        Files.writeString(file, JourneyTemplates.json("winback").orElseThrow()
                .replace("\"id\": \"winback\"", "\"id\": \"" + "w".repeat(5_000) + "\""));

        assertEquals(1, run("journey", "import", "--file", file.toString(), "--workspace",
                folder.resolve("ws").toString()));

        assertEquals("retail-studio: The journey id 'wwwwwwwwwwwwwwwwwwww…' is 5,000 characters long; the workspace "
                + "keeps at most 200.", oneSentence());
    }

    @Test
    void aThreeHundredCharacterAsIsRefusedByItsLength() {
        Path workspace = folder.resolve("ws");
        try (Workspace open = Workspace.open(workspace)) {
            open.documents().saveDocumentAs(new DocumentDraft("journey", "winback", "draft",
                    JourneyTemplates.json("winback").orElseThrow()), "ana");
        }
        String name = "b".repeat(300);

        assertEquals(1, run("journey", "approve", "--id", "winback", "--as", name, "--workspace",
                workspace.toString()));

        assertEquals("retail-studio: --as 'bbbbbbbbbbbbbbbbbbbb…' is 300 characters long; the workspace keeps at most "
                + "200.", oneSentence());
    }

    @Test
    void anUnknownFieldInTheMarkdownRulesIsRefusedNamingItAndItsLine() throws Exception {
        Path rules = folder.resolve("rules.json");
        String written = RuleBookJson.write(RuleBook.standard());
        Files.writeString(rules, written.replace("\"max_depth\"", "\"max_dept\""));
        long line = written.lines().takeWhile(text -> !text.contains("\"max_depth\"")).count() + 1;

        assertEquals(1, run("plan", "import", "--data", "sample", "--rules", rules.toString(), "--workspace",
                folder.resolve("ws").toString()));

        String sentence = oneSentence();
        assertTrue(sentence.startsWith("retail-studio: " + rules + ": /defaults/max_dept at line " + line
                + " is not a field of the markdown rules (/defaults has ladder, price_endings, max_depth, "), sentence);
    }

    @Tag("slow") // plans the whole sample before it fails; fast: PlanMarkdownsCommandTest
    @Test
    void aWorkbookThatCannotBeWrittenLeavesNoPriceChangeFileBehind() throws Exception {
        Path plan = folder.resolve("plan.csv");
        Path workbook = Files.createDirectories(folder.resolve("plan.xlsx"));

        assertEquals(1, run("plan-markdowns", "--data", "sample", "--out", plan.toString(), "--xlsx",
                workbook.toString()));

        assertEquals("retail-studio: Could not write the workbook " + workbook + ": it is a folder.", oneSentence());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(workbook), files.toList(), "no plan.csv and no partial file");
        }
    }

    @Test
    void aReportInAMissingFolderSaysTheFolderIsMissingBeforeSimulating() {
        Path report = folder.resolve("o3").resolve("cyc.json");

        assertEquals(1, run("simulate", "--journey", "template:cart-abandonment", "--data", "sample", "--report",
                report.toString()));

        assertEquals("retail-studio: Could not write the report " + report + ": the folder " + report.getParent()
                + " does not exist; create it first.", oneSentence());
    }

    @Command(name = "explode")
    static final class RunsOutOfMemory implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Command(name = "explode-in-a-worker")
    static final class RunsOutOfMemoryInAWorker implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a partition failed", new OutOfMemoryError("Java heap space"));
        }
    }

    @Test
    void runningOutOfMemorySaysHowMuchJavaHadAndHowToGiveItMoreWithoutAStackTrace() {
        CommandLineHarness exploding = new CommandLineHarness((out, err, args) -> {
            CommandLine commandLine = RetailStudioCommand.newCommandLine(out, err);
            commandLine.addSubcommand(new RunsOutOfMemory());
            commandLine.addSubcommand(new RunsOutOfMemoryInAWorker());
            commandLine.setErr(err);
            return RetailStudioCommand.execute(commandLine, args);
        });
        String expected = "retail-studio: " + RetailStudioCommand.outOfMemory(Runtime.getRuntime().maxMemory());

        assertEquals(1, exploding.run("explode"));
        assertEquals(expected, oneSentence(exploding.err()));
        assertEquals(1, exploding.run("explode-in-a-worker"));
        assertEquals(expected, oneSentence(exploding.err()));

        assertEquals("The job ran out of memory: it needs more than the 256 MB Java was allowed to use; run it again "
                + "with twice as much, RETAIL_STUDIO_JAVA_OPTS=-Xmx512m ./retail-studio …, or on a smaller data set.",
                RetailStudioCommand.outOfMemory(256L << 20));
        assertTrue(RetailStudioCommand.outOfMemory(1L << 30).contains("1,024 MB") && RetailStudioCommand
                .outOfMemory(1L << 30).contains("RETAIL_STUDIO_JAVA_OPTS=-Xmx2g"));
        assertTrue(RetailStudioCommand.outOfMemory(6_028L << 20).contains("RETAIL_STUDIO_JAVA_OPTS=-Xmx12g"),
                "whole gigabytes, rounded up");
    }

    @Test
    void helpOfEveryCommandPrintsNoFormatWarnings() {
        PrintStream standardError = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, run("plan-markdowns", "--help"));
            assertTrue(cli.out().contains("ladder 0-70 % in 10 % steps"), cli.out());
            for (String command : RetailStudioCommand.newCommandLine(new PrintWriter(Writer.nullWriter()),
                    new PrintWriter(Writer.nullWriter())).getSubcommands().keySet()) {
                run(command, "--help");
            }
        } finally {
            System.setErr(standardError);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    }
}
