package com.retailstudio.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads a data set: the data folder, and the workspace whose imported copy of it is read instead when
 * it holds one ({@link DataFolderOption#resolveForJob}).
 */
abstract class DataSetJob implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOption data;

    /** Where to look for the data folder's imported copy (data import). */
    @Mixin
    WorkspaceOptions workspace;
}
